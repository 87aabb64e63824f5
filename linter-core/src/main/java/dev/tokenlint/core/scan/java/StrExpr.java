package dev.tokenlint.core.scan.java;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A string-valued Java expression as read from one file, before constants of other files are
 * known. Phase 1 of the scan turns the expressions that reach an HTTP client into this small
 * tree; the link phase resolves it against the whole source set. Holds no syntax tree, so it
 * can be cached and serialised.
 */
public sealed interface StrExpr {

    /** The expressions this one is made of, in order; empty for a leaf. */
    default List<StrExpr> children() {
        return List.of();
    }

    /**
     * This expression with each child replaced by {@code f} of it, everything else kept: the one
     * place that knows how each kind is rebuilt, so a walker that rewrites a few kinds of node
     * handles those and hands every other node to this.
     */
    default StrExpr mapChildren(UnaryOperator<StrExpr> f) {
        return this;
    }

    /** Text known where it is written: a string, char or number literal. */
    record Lit(String value) implements StrExpr {
    }

    /**
     * A name that may denote a constant: {@code NAME}, {@code Type.NAME}, {@code pkg.Type.NAME}
     * or an enum constant {@code Type.CONST}.
     */
    record Ref(String name) implements StrExpr {
    }

    /** An enum constant's value read through an accessor: {@code ApiVersion.V2.path()} or {@code .path}. */
    record EnumAccess(String constant, String member) implements StrExpr {
    }

    /** Parts joined in order; {@code builder} when built by a StringBuilder chain or a URI builder. */
    record Concat(List<StrExpr> parts, boolean builder) implements StrExpr {
        public Concat {
            parts = List.copyOf(parts);
        }

        @Override
        public List<StrExpr> children() {
            return parts;
        }

        @Override
        public StrExpr mapChildren(UnaryOperator<StrExpr> f) {
            return new Concat(parts.stream().map(f).toList(), builder);
        }
    }

    /** {@code String.format} ({@code %s}) or {@code MessageFormat.format} ({@code {0}}). */
    record Format(StrExpr pattern, List<StrExpr> args, boolean messageFormat) implements StrExpr {
        public Format {
            args = List.copyOf(args);
        }

        @Override
        public List<StrExpr> children() {
            List<StrExpr> all = new java.util.ArrayList<>(args.size() + 1);
            all.add(pattern);
            all.addAll(args);
            return all;
        }

        @Override
        public StrExpr mapChildren(UnaryOperator<StrExpr> f) {
            return new Format(f.apply(pattern), args.stream().map(f).toList(), messageFormat);
        }
    }

    /** {@code base.resolve(ref)} for URIs; also a URI builder's path replacement. */
    record Resolve(StrExpr base, StrExpr ref) implements StrExpr {
        @Override
        public List<StrExpr> children() {
            return List.of(base, ref);
        }

        @Override
        public StrExpr mapChildren(UnaryOperator<StrExpr> f) {
            return new Resolve(f.apply(base), f.apply(ref));
        }
    }

    /**
     * One part of a URI or URL, read by its accessor: {@code uri.getRawPath()},
     * {@code URI.create(baseUri).getHost()}, {@code url.getProtocol()}. Generated clients split their
     * base URI this way and join the parts again ({@code scheme + "://" + host + basePath}); the link
     * phase takes the part out of what {@code uri} resolves to.
     */
    record UriPart(StrExpr uri, Part part) implements StrExpr {

        /** The parts a URI's accessors give. */
        public enum Part {
            /** {@code getScheme()}, {@code getProtocol()}: before {@code ://}. */
            SCHEME,
            /** {@code getAuthority()}: host and port (and user information). */
            AUTHORITY,
            /** {@code getHost()}. */
            HOST,
            /** {@code getPort()}: the port's digits, unknown when the URI names none. */
            PORT,
            /** {@code getPath()}, {@code getRawPath()}: from the first {@code /} after the authority to the query. */
            PATH,
            /** {@code URL.getFile()}: the path with the query. */
            FILE,
            /** {@code getQuery()}, {@code getRawQuery()}: after {@code ?}, before {@code #}. */
            QUERY
        }

        @Override
        public List<StrExpr> children() {
            return List.of(uri);
        }

        @Override
        public StrExpr mapChildren(UnaryOperator<StrExpr> f) {
            return new UriPart(f.apply(uri), part);
        }
    }

    /**
     * A value not known statically, shown as {@code {name}} in a path.
     *
     * @param param true when it is a parameter of the enclosing method (a wrapper may pass it in)
     */
    record Hole(String name, boolean param) implements StrExpr {
    }

    /**
     * A call of a method of the source set whose return value may be known ({@code apiUrl(host, id)}
     * returning {@code host + "/e/" + id + "/api/v1/"}): the link phase puts in what the method returns,
     * with these arguments bound to its parameters, or a hole named {@code hole}.
     *
     * @param name     the method's name
     * @param args     the arguments as read at the call
     * @param receiver the receiver's simple type when the file shows it (the enclosing type for an
     *                 unqualified call), empty when unknown
     * @param hole     the name of the hole when no method of the source set answers
     */
    record Call(String name, List<StrExpr> args, String receiver, String hole) implements StrExpr {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public List<StrExpr> children() {
            return args;
        }

        @Override
        public StrExpr mapChildren(UnaryOperator<StrExpr> f) {
            return new Call(name, args.stream().map(f).toList(), receiver, hole);
        }
    }

    /**
     * An expression to be read in the context of another file: made by the link phase when it
     * passes a caller's argument into an in-house wrapper method of another class.
     */
    record Scoped(String file, StrExpr expr) implements StrExpr {
        @Override
        public List<StrExpr> children() {
            return List.of(expr);
        }

        @Override
        public StrExpr mapChildren(UnaryOperator<StrExpr> f) {
            return new Scoped(file, f.apply(expr));
        }
    }
}
