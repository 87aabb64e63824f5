package dev.tokenlint.core.scan.java;

import java.util.List;

/**
 * A string-valued Java expression as read from one file, before constants of other files are
 * known. Phase 1 of the scan turns the expressions that reach an HTTP client into this small
 * tree; the link phase resolves it against the whole source set. Holds no syntax tree, so it
 * can be cached and serialised.
 */
public sealed interface StrExpr {

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
    }

    /** {@code String.format} ({@code %s}) or {@code MessageFormat.format} ({@code {0}}). */
    record Format(StrExpr pattern, List<StrExpr> args, boolean messageFormat) implements StrExpr {
        public Format {
            args = List.copyOf(args);
        }
    }

    /** {@code base.resolve(ref)} for URIs; also a URI builder's path replacement. */
    record Resolve(StrExpr base, StrExpr ref) implements StrExpr {
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
    }

    /**
     * An expression to be read in the context of another file: made by the link phase when it
     * passes a caller's argument into an in-house wrapper method of another class.
     */
    record Scoped(String file, StrExpr expr) implements StrExpr {
    }
}
