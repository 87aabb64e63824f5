package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.java.Resolved.Piece;
import dev.tokenlint.core.scan.java.StrExpr.UriPart.Part;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Takes one part out of a resolved URI the way {@link java.net.URI}'s accessors do, keeping
 * unknown pieces where they fall: of {@code https://{tenant}.live.dynatrace.com/api/v2} the path is
 * {@code /api/v2} and the host {@code {tenant}.live.dynatrace.com}. A URI that starts with an
 * unknown value ({@code {baseUrl}/api/v2}) may hold anything up to its first known text, so its
 * origin is that value and its path starts with an unknown part.
 */
final class UriParts {

    /** Where a character of the URI stands. */
    private enum Section { SCHEME, AUTHORITY, PATH, QUERY, FRAGMENT }

    private UriParts() {
    }

    /** The {@code part} of {@code uri}, with the uri's resolution kinds and files. */
    static Resolved part(Resolved uri, Part part) {
        List<Piece> pieces = uri.pieces();
        if (pieces.isEmpty()) {
            return keep(uri, List.of(Piece.hole(name(part))));
        }
        Map<Section, List<Piece>> sections = split(pieces);
        boolean unknownStart = pieces.get(0).isHole();
        List<Piece> authority = sections.get(Section.AUTHORITY);
        List<Piece> out = new ArrayList<>();
        switch (part) {
            case SCHEME -> out.addAll(orHole(sections.get(Section.SCHEME), part));
            case AUTHORITY -> out.addAll(orHole(authority, part));
            case HOST -> out.addAll(orHole(host(authority), part));
            case PORT -> out.add(port(authority));
            case PATH, FILE -> {
                if (unknownStart) {
                    out.add(Piece.hole(name(Part.PATH)));
                }
                out.addAll(sections.get(Section.PATH));
                if (part == Part.FILE && sections.containsKey(Section.QUERY)) {
                    out.add(Piece.text("?"));
                    out.addAll(sections.get(Section.QUERY));
                }
            }
            case QUERY -> out.addAll(sections.getOrDefault(Section.QUERY, List.of()));
        }
        return keep(uri, out);
    }

    /**
     * The pieces of each section. A URI that starts with {@code scheme://} has all five; one that
     * starts with text without a scheme is a relative reference (a path); one that starts with an
     * unknown value has that value as its authority. The query's list is present only when a
     * {@code ?} was seen.
     */
    private static Map<Section, List<Piece>> split(List<Piece> pieces) {
        Map<Section, List<Piece>> out = new EnumMap<>(Section.class);
        out.put(Section.SCHEME, new ArrayList<>());
        out.put(Section.AUTHORITY, new ArrayList<>());
        out.put(Section.PATH, new ArrayList<>());
        Piece first = pieces.get(0);
        Section at;
        if (first.isHole()) {
            at = Section.AUTHORITY;
        } else {
            String t = first.text();
            int scheme = t.indexOf("://");
            int delimiter = firstOf(t, 0, "/?#");
            at = scheme > 0 && (delimiter < 0 || scheme < delimiter) ? Section.SCHEME : Section.PATH;
        }
        for (Piece p : pieces) {
            if (p.isHole()) {
                out.get(at).add(p);
                continue;
            }
            String t = p.text();
            int i = 0;
            while (i < t.length()) {
                int end = switch (at) {
                    case SCHEME -> t.indexOf("://", i);
                    case AUTHORITY -> firstOf(t, i, "/?#");
                    case PATH -> firstOf(t, i, "?#");
                    case QUERY -> firstOf(t, i, "#");
                    case FRAGMENT -> -1;
                };
                int stop = end < 0 ? t.length() : end;
                if (stop > i && at != Section.FRAGMENT) {
                    out.get(at).add(Piece.text(t.substring(i, stop)));
                }
                if (end < 0) {
                    break;
                }
                char c = t.charAt(end);
                if (at == Section.SCHEME) {
                    at = Section.AUTHORITY;
                    i = end + 3;
                } else if (c == '/') {
                    at = Section.PATH;
                    i = end; // the slash is the path's first character
                } else if (c == '?') {
                    at = Section.QUERY;
                    out.put(Section.QUERY, new ArrayList<>());
                    i = end + 1;
                } else {
                    at = Section.FRAGMENT;
                    i = end + 1;
                }
            }
        }
        return out;
    }

    /** The authority without user information and port. */
    private static List<Piece> host(List<Piece> authority) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : authority) {
            if (p.isHole()) {
                out.add(p);
                continue;
            }
            String t = p.text();
            int at = t.lastIndexOf('@');
            if (at >= 0) {
                out.clear();
                t = t.substring(at + 1);
            }
            int colon = portColon(t);
            if (colon >= 0) {
                if (colon > 0) {
                    out.add(Piece.text(t.substring(0, colon)));
                }
                break;
            }
            if (!t.isEmpty()) {
                out.add(Piece.text(t));
            }
        }
        return out;
    }

    /** The port's digits when the authority's text names them, else an unknown port. */
    private static Piece port(List<Piece> authority) {
        for (int i = 0; i < authority.size(); i++) {
            Piece p = authority.get(i);
            if (p.isHole()) {
                continue;
            }
            int colon = portColon(p.text());
            if (colon < 0) {
                continue;
            }
            String digits = p.text().substring(colon + 1);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                return Piece.text(digits);
            }
            if (digits.isEmpty() && i + 1 < authority.size() && authority.get(i + 1).isHole()) {
                return authority.get(i + 1); // host + ":" + port
            }
        }
        return Piece.hole(name(Part.PORT));
    }

    /** Index of the colon before a port in authority text, not one inside an IPv6 literal; -1 when none. */
    private static int portColon(String t) {
        int close = t.lastIndexOf(']');
        int colon = t.lastIndexOf(':');
        return colon > close ? colon : -1;
    }

    private static List<Piece> orHole(List<Piece> pieces, Part part) {
        return pieces.isEmpty() ? List.of(Piece.hole(name(part))) : pieces;
    }

    private static int firstOf(String t, int from, String chars) {
        for (int i = from; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** How an unknown part is shown: {@code {host}}, {@code {path}}. */
    private static String name(Part part) {
        return part.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Resolved keep(Resolved uri, List<Piece> pieces) {
        return Resolved.join(List.of(new Resolved(pieces, uri.kinds(), uri.files())), null);
    }
}
