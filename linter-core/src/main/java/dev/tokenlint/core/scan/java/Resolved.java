package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.Resolution;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A string expression after the link phase: known text and named unknown parts, the ways the
 * resolution went, and the files whose constants it used.
 */
record Resolved(List<Piece> pieces, Set<Resolution> kinds, Set<String> files) {

    /** Known text, or an unknown value named {@code hole}. */
    record Piece(String text, String hole) {
        static Piece text(String t) {
            return new Piece(t, null);
        }

        static Piece hole(String name) {
            return new Piece(null, name);
        }

        boolean isHole() {
            return hole != null;
        }
    }

    Resolved {
        pieces = List.copyOf(pieces);
        kinds = kinds.isEmpty() ? EnumSet.noneOf(Resolution.class) : EnumSet.copyOf(kinds);
        files = new TreeSet<>(files);
    }

    static Resolved text(String t) {
        return new Resolved(List.of(Piece.text(t)), EnumSet.of(Resolution.LITERAL), Set.of());
    }

    static Resolved hole(String name) {
        return new Resolved(List.of(Piece.hole(name)), EnumSet.noneOf(Resolution.class), Set.of());
    }

    /** All of {@code parts} in order, with {@code extra} added to the kinds. */
    static Resolved join(List<Resolved> parts, Resolution extra) {
        List<Piece> pieces = new ArrayList<>();
        Set<Resolution> kinds = EnumSet.noneOf(Resolution.class);
        Set<String> files = new TreeSet<>();
        for (Resolved r : parts) {
            pieces.addAll(r.pieces());
            kinds.addAll(r.kinds());
            files.addAll(r.files());
        }
        if (extra != null) {
            kinds.add(extra);
        }
        return new Resolved(merge(pieces), kinds, files);
    }

    Resolved withKind(Resolution k, String file) {
        Set<Resolution> ks = EnumSet.noneOf(Resolution.class);
        ks.addAll(kinds);
        ks.add(k);
        Set<String> fs = new TreeSet<>(files);
        if (file != null) {
            fs.add(file);
        }
        return new Resolved(pieces, ks, fs);
    }

    /** True when every piece is known text. */
    boolean isText() {
        return pieces.stream().noneMatch(Piece::isHole);
    }

    /** The known text, with unknown parts as {@code {name}}. */
    String render() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.isHole() ? "{" + p.hole() + "}" : p.text());
        }
        return sb.toString();
    }

    /** The most telling kind: a cross-file constant, then builder, format, concatenation, constant, literal. */
    Resolution mainKind() {
        for (Resolution r : List.of(Resolution.CROSS_FILE_CONSTANT, Resolution.BUILDER, Resolution.FORMAT,
                Resolution.CONCATENATION, Resolution.CONSTANT)) {
            if (kinds.contains(r)) {
                return r;
            }
        }
        return Resolution.LITERAL;
    }

    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (!p.isHole() && p.text().isEmpty()) {
                continue;
            }
            if (!p.isHole() && !out.isEmpty() && !out.get(out.size() - 1).isHole()) {
                out.set(out.size() - 1, Piece.text(out.get(out.size() - 1).text() + p.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
