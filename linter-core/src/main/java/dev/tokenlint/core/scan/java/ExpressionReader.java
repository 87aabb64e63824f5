package dev.tokenlint.core.scan.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.EnumAccess;
import dev.tokenlint.core.scan.java.StrExpr.Format;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.StrExpr.Ref;
import dev.tokenlint.core.scan.java.StrExpr.Resolve;
import dev.tokenlint.core.scan.java.clients.CallChains;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Java expression into a {@link StrExpr}, following what one file can tell: literals,
 * concatenation, formats, local variables (their last assignment before the use, and
 * {@code StringBuilder} appends), method parameters, and the URI builders of Spring, OkHttp,
 * Apache and {@code java.net}. Names it cannot see into stay {@link Ref}s for the link phase.
 */
final class ExpressionReader {

    private static final int MAX_DEPTH = 40;

    /** Builder methods that leave the path as it is (host, port, query, encoding, terminal calls). */
    private static final Set<String> PATH_NEUTRAL = Set.of("scheme", "host", "port", "userInfo", "queryParam",
            "queryParams", "query", "replaceQuery", "replaceQueryParam", "fragment", "uriVariables", "encode", "build",
            "buildAndExpand", "expand", "toUri", "toUriString", "toString", "newBuilder", "normalize", "toURI", "toURL",
            "toUrl", "toExternalForm", "addQueryParameter", "addEncodedQueryParameter", "setQueryParameter",
            "setScheme", "setHost", "setPort", "setParameter", "addParameter", "addParameters", "setParameters",
            "setCharset", "setFragment", "username", "password", "trim", "strip", "intern", "toHttpUrl",
            "toHttpUrlOrNull", "encodedQuery", "setCustomQuery", "removeQuery");

    /** Builder methods that append their arguments as path segments. */
    private static final Set<String> SEGMENT_APPENDERS = Set.of("pathSegment", "addPathSegments", "addPathSegment",
            "addEncodedPathSegment", "addEncodedPathSegments", "appendPath", "appendPathSegments", "segment");

    /** Builder methods that replace the whole path. */
    private static final Set<String> PATH_SETTERS = Set.of("encodedPath", "setPath", "replacePath", "setPathSegments");

    /** Static factories whose result carries their first argument unchanged as the URL. */
    private static final Set<String> URL_FACTORIES = Set.of("fromHttpUrl", "fromUriString", "fromPath", "fromUri",
            "fromUrl", "parse", "create", "get", "valueOf", "requireNonNull", "of");

    private static final Set<String> URL_FACTORY_OWNERS = Set.of("UriComponentsBuilder", "HttpUrl", "URI", "String",
            "Objects", "UriBuilder", "ServletUriComponentsBuilder", "DefaultUriBuilderFactory", "URL", "Uri");

    private final Map<String, StrExpr> bindings;
    private final LocalWrites locals;
    private final DeclaredTypes types;

    /**
     * @param bindings names bound to known values, e.g. a URI builder lambda's parameter
     * @param locals   the file's index of local writes, shared by every reader of the file
     * @param types    the file's index of declared types, shared likewise
     */
    ExpressionReader(Map<String, StrExpr> bindings, LocalWrites locals, DeclaredTypes types) {
        this.bindings = bindings;
        this.locals = locals;
        this.types = types;
    }

    ExpressionReader(LocalWrites locals, DeclaredTypes types) {
        this(Map.of(), locals, types);
    }

    /** The value of {@code e} as far as its file tells. */
    StrExpr read(Expression e) {
        return read(e, 0);
    }

    private StrExpr read(Expression expression, int depth) {
        Expression e = expression;
        // Parentheses and casts add no meaning; unwrapping them costs no depth.
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
        }
        if (depth > MAX_DEPTH) {
            return new Hole("expr", false);
        }
        int d = depth + 1;
        if (e instanceof StringLiteralExpr s) {
            return new Lit(s.asString());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return new Lit(t.asString());
        }
        if (e instanceof CharLiteralExpr c) {
            return new Lit(String.valueOf(c.asChar()));
        }
        if (e instanceof IntegerLiteralExpr i) {
            return new Lit(i.getValue().replace("_", ""));
        }
        if (e instanceof LongLiteralExpr l) {
            return new Lit(l.getValue().replace("_", "").replaceAll("[lL]$", ""));
        }
        if (e instanceof EnclosedExpr en) {
            return read(en.getInner(), d);
        }
        if (e instanceof CastExpr c) {
            return read(c.getExpression(), d);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            List<StrExpr> parts = new ArrayList<>();
            flattenPlus(b, parts, d);
            return new Concat(parts, false);
        }
        if (e instanceof NameExpr n) {
            return readName(n, d);
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                return new Ref(f.getNameAsString());
            }
            return new Ref(f.toString());
        }
        if (e instanceof MethodCallExpr m) {
            return readCall(m, d);
        }
        if (e instanceof ObjectCreationExpr o) {
            return readCreation(o, d);
        }
        if (e instanceof ConditionalExpr c) {
            return readConditional(c, d);
        }
        return new Hole(holeName(e), false);
    }

    /**
     * {@code env == null ? endpoint : "/e/" + env + endpoint}: the branch that says more about the
     * URL (more literal text), the then-branch on a tie. Both branches of such conditionals name the
     * same endpoint, one with a prefix (Managed) or a host the other lacks.
     */
    private StrExpr readConditional(ConditionalExpr c, int depth) {
        StrExpr then = read(c.getThenExpr(), depth);
        StrExpr otherwise = read(c.getElseExpr(), depth);
        return literalLength(otherwise) > literalLength(then) ? otherwise : then;
    }

    static int literalLength(StrExpr e) {
        if (e instanceof Lit l) {
            return l.value().length();
        }
        if (e instanceof Concat c) {
            int n = 0;
            for (StrExpr p : c.parts()) {
                n += literalLength(p);
            }
            return n;
        }
        if (e instanceof Format f) {
            return literalLength(f.pattern());
        }
        if (e instanceof Ref) {
            return 1; // a constant is more than nothing
        }
        return 0;
    }

    private void flattenPlus(Expression e, List<StrExpr> parts, int depth) {
        // Iterative on the left spine: long "a" + "b" + ... chains nest to the left.
        List<Expression> rights = new ArrayList<>();
        Expression cur = e;
        while (cur instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            rights.add(b.getRight());
            cur = b.getLeft();
        }
        parts.add(read(cur, depth));
        for (int i = rights.size() - 1; i >= 0; i--) {
            parts.add(read(rights.get(i), depth));
        }
    }

    private StrExpr readName(NameExpr n, int depth) {
        String name = n.getNameAsString();
        StrExpr bound = bindings.get(name);
        if (bound != null) {
            return bound;
        }
        Optional<LocalValue> local = localValue(n, name, depth);
        if (local.isPresent()) {
            return local.get().value();
        }
        if (isParameter(n, name)) {
            return new Hole(name, true);
        }
        return new Ref(name);
    }

    private record LocalValue(StrExpr value) {
    }

    /** A local variable's value at {@code use}: its last plain assignment before it, then {@code +=} and appends. */
    private Optional<LocalValue> localValue(Node use, String name, int depth) {
        Node body = CallChains.enclosingBody(use);
        if (body == null) {
            return Optional.empty();
        }
        Position at = use.getBegin().orElse(null);
        if (at == null) {
            return Optional.empty();
        }
        record Write(Position pos, Expression value, boolean append) {
        }
        List<Write> writes = new ArrayList<>();
        boolean declared = false;
        LocalWrites.Names written = locals.of(body, name);
        for (VariableDeclarator v : written.declarations()) {
            if (before(v, at)) {
                declared = true;
                v.getInitializer().ifPresent(init -> writes.add(new Write(v.getBegin().get(), init, false)));
            }
        }
        if (!declared) {
            return Optional.empty();
        }
        for (AssignExpr a : written.assignments()) {
            if (before(a, at) && !a.isAncestorOf(use)) {
                if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
                    writes.add(new Write(a.getBegin().get(), a.getValue(), false));
                } else if (a.getOperator() == AssignExpr.Operator.PLUS) {
                    writes.add(new Write(a.getBegin().get(), a.getValue(), true));
                }
            }
        }
        for (MethodCallExpr m : written.appends()) {
            if (before(m, at)) {
                writes.add(new Write(m.getArgument(0).getBegin().orElse(m.getBegin().get()), m.getArgument(0), true));
            }
        }
        writes.sort(Comparator.comparing(Write::pos));
        int start = -1;
        for (int i = 0; i < writes.size(); i++) {
            if (!writes.get(i).append()) {
                start = i;
            }
        }
        if (start < 0) {
            return Optional.of(new LocalValue(new Hole(name, false)));
        }
        List<StrExpr> parts = new ArrayList<>();
        boolean builder = false;
        for (int i = start; i < writes.size(); i++) {
            StrExpr v = read(writes.get(i).value(), depth);
            if (i > start && writes.get(i).value().getParentNode().orElse(null) instanceof MethodCallExpr) {
                builder = true;
            }
            parts.add(v);
        }
        if (parts.size() == 1) {
            return Optional.of(new LocalValue(parts.get(0)));
        }
        if (parts.get(0) instanceof Concat c && c.builder()) {
            builder = true;
        }
        return Optional.of(new LocalValue(new Concat(parts, builder)));
    }

    private static boolean before(Node n, Position at) {
        return n.getBegin().map(p -> p.isBefore(at)).orElse(false);
    }

    private static boolean isParameter(Node use, String name) {
        Optional<Node> p = use.getParentNode();
        while (p.isPresent()) {
            Node n = p.get();
            if (n instanceof CallableDeclaration<?> c) {
                for (Parameter param : c.getParameters()) {
                    if (param.getNameAsString().equals(name)) {
                        return true;
                    }
                }
                return false;
            }
            if (n instanceof LambdaExpr l) {
                for (Parameter param : l.getParameters()) {
                    if (param.getNameAsString().equals(name)) {
                        return false;
                    }
                }
            }
            p = n.getParentNode();
        }
        return false;
    }

    private StrExpr readCall(MethodCallExpr m, int depth) {
        String name = m.getNameAsString();
        Optional<Expression> scope = m.getScope();
        String owner = scope.map(CallChains::lastName).orElse("");
        List<Expression> args = m.getArguments();
        if (name.equals("format") && owner.equals("String") && !args.isEmpty()) {
            int first = args.get(0) instanceof StringLiteralExpr || args.size() == 1 ? 0 : isLocale(args.get(0)) ? 1 : 0;
            return new Format(read(args.get(first), depth), readAll(args.subList(first + 1, args.size()), depth), false);
        }
        if (name.equals("format") && owner.equals("MessageFormat") && !args.isEmpty()) {
            return new Format(read(args.get(0), depth), readAll(args.subList(1, args.size()), depth), true);
        }
        if (name.equals("formatted") && scope.isPresent()) {
            return new Format(read(scope.get(), depth), readAll(args, depth), false);
        }
        if (name.equals("concat") && scope.isPresent() && args.size() == 1) {
            return new Concat(List.of(read(scope.get(), depth), read(args.get(0), depth)), false);
        }
        if (scope.isPresent() && URL_FACTORY_OWNERS.contains(owner) && URL_FACTORIES.contains(name)
                && !args.isEmpty() && isTypeName(scope.get())) {
            return read(args.get(0), depth);
        }
        if (scope.isPresent() && args.isEmpty() && URI_ACCESSORS.containsKey(name) && holdsUri(scope.get(), m)) {
            return new StrExpr.UriPart(read(scope.get(), depth), URI_ACCESSORS.get(name));
        }
        if (scope.isPresent() && owner.equals("UriComponentsBuilder") && name.equals("newInstance")) {
            return new Concat(List.of(new Lit("")), true);
        }
        if (scope.isEmpty()) {
            return call(m, enclosingType(m), depth);
        }
        Expression s = scope.get();
        if (name.equals("target") && args.size() == 1) {
            return new Concat(List.of(read(args.get(0), depth)), true); // JAX-RS client.target(url)
        }
        if (name.equals("append") && args.size() == 1) {
            return new Concat(List.of(read(s, depth), read(args.get(0), depth)), true);
        }
        if (name.equals("path") && args.size() == 1) {
            return new Concat(List.of(read(s, depth), new Lit("/"), read(args.get(0), depth)), true);
        }
        if (SEGMENT_APPENDERS.contains(name) && !args.isEmpty()) {
            List<StrExpr> parts = new ArrayList<>();
            parts.add(read(s, depth));
            for (Expression a : args) {
                parts.add(new Lit("/"));
                parts.add(read(a, depth));
            }
            return new Concat(parts, true);
        }
        if (PATH_SETTERS.contains(name) && args.size() == 1) {
            return new Concat(List.of(new Resolve(read(s, depth),
                    new Concat(List.of(new Lit("/"), read(args.get(0), depth)), false))), true);
        }
        if ((name.equals("replace") || name.equals("replaceAll") || name.equals("replaceFirst")) && args.size() == 2) {
            // "/entities/{entityId}".replace("{entityId}", encode(id)): the template names the segment
            return read(s, depth);
        }
        if (name.equals("resolve") && args.size() == 1) {
            return new Resolve(read(s, depth), read(args.get(0), depth));
        }
        if (PATH_NEUTRAL.contains(name)) {
            StrExpr inner = read(s, depth);
            return isBuilderRoot(s) || inner instanceof Concat c && c.builder() ? asBuilder(inner) : inner;
        }
        if (args.isEmpty() && looksLikeConstant(s)) {
            return new EnumAccess(s.toString(), name);
        }
        if (RUNTIME_READS.contains(name)) {
            return new Hole(holeName(m), false);
        }
        String receiver = "";
        if (s instanceof ThisExpr) {
            receiver = enclosingType(m);
        } else if (s instanceof NameExpr n) {
            String v = n.getNameAsString();
            receiver = types.of(m, v).orElse(Character.isUpperCase(v.charAt(0)) ? v : "");
        } else if (s instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            receiver = types.of(m, f.getNameAsString()).orElse("");
        } else if (s instanceof FieldAccessExpr f && isTypeName(f)) {
            receiver = f.getNameAsString(); // pkg.Type.method()
        } else {
            return new Hole(holeName(m), false);
        }
        return call(m, receiver, depth);
    }

    /** The accessors of {@code java.net.URI} and {@code java.net.URL} and the part each gives. */
    private static final Map<String, StrExpr.UriPart.Part> URI_ACCESSORS = Map.ofEntries(
            Map.entry("getScheme", StrExpr.UriPart.Part.SCHEME), Map.entry("getProtocol", StrExpr.UriPart.Part.SCHEME),
            Map.entry("getAuthority", StrExpr.UriPart.Part.AUTHORITY),
            Map.entry("getRawAuthority", StrExpr.UriPart.Part.AUTHORITY),
            Map.entry("getHost", StrExpr.UriPart.Part.HOST), Map.entry("getPort", StrExpr.UriPart.Part.PORT),
            Map.entry("getPath", StrExpr.UriPart.Part.PATH), Map.entry("getRawPath", StrExpr.UriPart.Part.PATH),
            Map.entry("getFile", StrExpr.UriPart.Part.FILE), Map.entry("getQuery", StrExpr.UriPart.Part.QUERY),
            Map.entry("getRawQuery", StrExpr.UriPart.Part.QUERY));

    private static final Set<String> URI_TYPES = Set.of("URI", "URL");

    /**
     * Whether {@code s} is a {@code URI} or {@code URL}: a variable, parameter or field declared so,
     * or an expression that makes one. {@code file.getPath()} and {@code request.getHost()} are not.
     */
    private boolean holdsUri(Expression s, Node use) {
        Expression e = s;
        while (e instanceof EnclosedExpr en) {
            e = en.getInner();
        }
        if (e instanceof NameExpr n) {
            return types.of(use, n.getNameAsString()).map(URI_TYPES::contains).orElse(false);
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return types.of(use, f.getNameAsString()).map(URI_TYPES::contains).orElse(false);
        }
        if (e instanceof ObjectCreationExpr o) {
            return URI_TYPES.contains(o.getType().getNameAsString());
        }
        if (e instanceof MethodCallExpr c) {
            String owner = c.getScope().map(CallChains::lastName).orElse("");
            return URI_TYPES.contains(owner) && (c.getNameAsString().equals("create") || c.getNameAsString().equals("of"))
                    || c.getNameAsString().equals("toURI") || c.getNameAsString().equals("toURL");
        }
        return false;
    }

    /** Calls that read configuration or the environment: their value is only known at run time. */
    private static final Set<String> RUNTIME_READS = Set.of("getenv", "getProperty", "getRequiredProperty",
            "getString", "getValue", "readLine", "nextLine", "getParameter", "getHeader", "getAttribute", "readString",
            "getOptionValue", "getInitParameter", "toString", "hashCode", "name", "getBytes");

    /** A call of a method the source set may declare: the link phase puts in what it returns. */
    private StrExpr call(MethodCallExpr m, String receiver, int depth) {
        if (RUNTIME_READS.contains(m.getNameAsString())) {
            return new Hole(holeName(m), false);
        }
        List<StrExpr> args = new ArrayList<>();
        for (Expression a : m.getArguments()) {
            args.add(read(a, depth));
        }
        return new StrExpr.Call(m.getNameAsString(), args, receiver, holeName(m));
    }

    private static String enclosingType(Node n) {
        Node cur = n.getParentNode().orElse(null);
        while (cur != null) {
            if (cur instanceof com.github.javaparser.ast.body.TypeDeclaration<?> t) {
                return t.getNameAsString();
            }
            cur = cur.getParentNode().orElse(null);
        }
        return "";
    }

    private static StrExpr asBuilder(StrExpr inner) {
        return inner instanceof Concat c ? new Concat(c.parts(), true) : new Concat(List.of(inner), true);
    }

    private static boolean isBuilderRoot(Expression s) {
        return s instanceof MethodCallExpr m && (m.getNameAsString().startsWith("from")
                || m.getNameAsString().equals("newBuilder"));
    }

    private StrExpr readCreation(ObjectCreationExpr o, int depth) {
        String type = o.getType().getNameAsString();
        List<Expression> args = o.getArguments();
        switch (type) {
            case "StringBuilder", "StringBuffer" -> {
                List<StrExpr> parts = new ArrayList<>();
                if (args.size() == 1 && !(args.get(0) instanceof IntegerLiteralExpr)) {
                    parts.add(read(args.get(0), depth));
                } else {
                    parts.add(new Lit(""));
                }
                return new Concat(parts, true);
            }
            case "URI", "URL", "String", "URIBuilder" -> {
                if (args.size() == 1) {
                    StrExpr v = read(args.get(0), depth);
                    return type.equals("URIBuilder") ? asBuilder(v) : v;
                }
                if (args.size() == 2 && type.equals("URL")) {
                    return new Resolve(read(args.get(0), depth), read(args.get(1), depth));
                }
                if (args.isEmpty() && type.equals("URIBuilder")) {
                    return new Concat(List.of(new Lit("")), true);
                }
                if (type.equals("URI") && Set.of(3, 4, 5, 7).contains(args.size())
                        || type.equals("URL") && Set.of(3, 4, 5).contains(args.size())) {
                    return fromComponents(type, args, depth);
                }
                return new Hole(type.toLowerCase(java.util.Locale.ROOT), false);
            }
            case "Builder" -> {
                if (args.isEmpty() && o.getType().getScope().map(t -> t.getNameAsString().equals("HttpUrl")).orElse(false)) {
                    return new Concat(List.of(new Lit("")), true);
                }
                return new Hole("builder", false);
            }
            default -> {
                return new Hole(decapitalize(type), false);
            }
        }
    }

    /**
     * {@code new URI(scheme, userInfo, host, port, path, query, fragment)},
     * {@code new URI(scheme, authority, path, query, fragment)}, {@code new URI(scheme, host, path, fragment)},
     * {@code new URI(scheme, ssp, fragment)}, {@code new URL(protocol, host, port, file)},
     * {@code new URL(protocol, host, file)} (and the same with a handler): the URI the components make. A {@code null} component and a
     * port of {@code -1} are left out, as the constructors do; user information is never part of a path.
     */
    private StrExpr fromComponents(String type, List<Expression> args, int depth) {
        List<StrExpr> parts = new ArrayList<>();
        Expression scheme = args.get(0);
        parts.add(read(scheme, depth));
        if (type.equals("URI") && args.size() == 3) {
            parts.add(new Lit(":"));
            parts.add(read(args.get(1), depth));
            return new Concat(parts, true);
        }
        parts.add(new Lit("://"));
        int host = type.equals("URI") && args.size() == 7 ? 2 : 1;
        parts.add(read(args.get(host), depth));
        boolean withPort = type.equals("URI") ? args.size() == 7 : args.size() >= 4;
        int path = host + 1;
        if (withPort) {
            Expression port = args.get(host + 1);
            if (!absent(port)) {
                parts.add(new Lit(":"));
                parts.add(read(port, depth));
            }
            path++;
        }
        if (!absent(args.get(path))) {
            parts.add(read(args.get(path), depth));
        }
        boolean withQuery = type.equals("URI") && (args.size() == 7 || args.size() == 5);
        if (withQuery && !absent(args.get(path + 1))) {
            parts.add(new Lit("?"));
            parts.add(read(args.get(path + 1), depth));
        }
        return new Concat(parts, true);
    }

    /** A component the URI constructors leave out: {@code null}, or the port {@code -1}. */
    private static boolean absent(Expression e) {
        return e.isNullLiteralExpr() || e.isUnaryExpr() && e.asUnaryExpr().getOperator()
                == com.github.javaparser.ast.expr.UnaryExpr.Operator.MINUS && e.asUnaryExpr().getExpression()
                .toString().equals("1");
    }

    private List<StrExpr> readAll(List<Expression> args, int depth) {
        List<StrExpr> out = new ArrayList<>();
        for (Expression a : args) {
            out.add(read(a, depth));
        }
        return out;
    }

    private static boolean isLocale(Expression e) {
        String t = e.toString();
        return t.startsWith("Locale.") || t.contains("Locale");
    }

    private static boolean isTypeName(Expression e) {
        String n = CallChains.lastName(e);
        return !n.isEmpty() && Character.isUpperCase(n.charAt(0));
    }

    /** {@code V2} or {@code ApiVersion.V2}: a name whose last part starts upper case and is not a type-only call. */
    private static boolean looksLikeConstant(Expression e) {
        if (e instanceof NameExpr n) {
            String s = n.getNameAsString();
            return isConstantName(s);
        }
        if (e instanceof FieldAccessExpr f) {
            return Character.isUpperCase(f.getNameAsString().charAt(0));
        }
        return false;
    }

    private static boolean isConstantName(String s) {
        return !s.isEmpty() && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(s.charAt(0));
    }

    /** A readable placeholder name for an unknown value: {@code getTenantUrl()} gives {@code tenantUrl}. */
    static String holeName(Expression e) {
        if (e instanceof MethodCallExpr m) {
            String n = m.getNameAsString();
            if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
                return decapitalize(n.substring(3));
            }
            return n;
        }
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            return f.getNameAsString();
        }
        return "value";
    }

    static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
