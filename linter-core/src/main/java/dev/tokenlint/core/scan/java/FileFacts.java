package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.SuppressedRegion;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.util.List;
import java.util.Map;

/**
 * What phase 1 of the scan read from one file, depending on that file's content alone. Small,
 * immutable and free of syntax trees, so a cache can key it by the file's content hash.
 *
 * @param file          path relative to the scanned root, with {@code /}
 * @param packageName   the package, empty for the default package
 * @param imports       single-type imports, fully qualified
 * @param staticImports static imports as written, e.g. {@code a.b.Paths.METRICS} or {@code a.b.Paths.*}
 * @param types         every type declared in the file, nested ones too
 * @param constants     {@code final} fields with an initializer and enum constants
 * @param calls         requests made with a known client
 * @param invocations   calls of other methods with string arguments (candidate wrapper calls)
 * @param retrofitBases Retrofit base URLs given where an interface is created
 * @param headers       {@code Authorization} headers set
 * @param envReads      environment variables and properties read
 * @param tokens        token literals in string literals (public identifier only)
 * @param tokensInUrls  {@code ?Api-Token=} in string literals
 * @param suppressions  {@code @SuppressWarnings("tokenlint:...")} regions
 * @param dynatraceMarker the text names Dynatrace, {@code Api-Token} or a {@code DT_} variable
 * @param problems      what could not be read
 * @param fieldWrites   assignments to fields that are not constants (stateful wrappers keep URL parts there)
 * @param returns       what methods return, where it may be part of a URL
 */
public record FileFacts(String file, String packageName, List<String> imports, List<String> staticImports,
                        List<TypeInfo> types, List<ConstantDef> constants, List<CallSite> calls,
                        List<Invocation> invocations, List<RetrofitBase> retrofitBases, List<HeaderSite> headers,
                        List<EnvSite> envReads, List<TokenLiteral> tokens, List<TokenInUrl> tokensInUrls,
                        List<SuppressedRegion> suppressions, boolean dynatraceMarker, List<InputProblem> problems,
                        List<FieldWrite> fieldWrites, List<MethodReturn> returns) {

    public FileFacts {
        imports = List.copyOf(imports);
        staticImports = List.copyOf(staticImports);
        types = List.copyOf(types);
        constants = List.copyOf(constants);
        calls = List.copyOf(calls);
        invocations = List.copyOf(invocations);
        retrofitBases = List.copyOf(retrofitBases);
        headers = List.copyOf(headers);
        envReads = List.copyOf(envReads);
        tokens = List.copyOf(tokens);
        tokensInUrls = List.copyOf(tokensInUrls);
        suppressions = List.copyOf(suppressions);
        problems = List.copyOf(problems);
        fieldWrites = List.copyOf(fieldWrites);
        returns = List.copyOf(returns);
    }

    /** Facts of a file without field writes (configuration files, tests). */
    public FileFacts(String file, String packageName, List<String> imports, List<String> staticImports,
                     List<TypeInfo> types, List<ConstantDef> constants, List<CallSite> calls,
                     List<Invocation> invocations, List<RetrofitBase> retrofitBases, List<HeaderSite> headers,
                     List<EnvSite> envReads, List<TokenLiteral> tokens, List<TokenInUrl> tokensInUrls,
                     List<SuppressedRegion> suppressions, boolean dynatraceMarker, List<InputProblem> problems) {
        this(file, packageName, imports, staticImports, types, constants, calls, invocations, retrofitBases, headers,
                envReads, tokens, tokensInUrls, suppressions, dynatraceMarker, problems, List.of(), List.of());
    }

    /** A file that yielded nothing but problems. */
    public static FileFacts problemsOnly(String file, List<InputProblem> problems) {
        return new FileFacts(file, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), false, problems);
    }

    /** Kinds of declared types that matter for telling clients from servers. */
    public enum TypeKind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }

    /**
     * A declared type.
     *
     * @param qualifiedName  e.g. {@code com.acme.Outer.Inner}
     * @param simpleName     e.g. {@code Inner}
     * @param supertypes     simple names of extended and implemented types
     * @param server         a server-side controller or resource ({@code @RestController}, {@code @Controller},
     *                       a JAX-RS resource class), whose mappings are not calls
     * @param enumAccessors  for enums: accessor method or field name to the constructor argument index it returns
     */
    public record TypeInfo(String qualifiedName, String simpleName, TypeKind kind, List<String> supertypes,
                           boolean server, Map<String, Integer> enumAccessors) {
        public TypeInfo {
            supertypes = List.copyOf(supertypes);
            enumAccessors = Map.copyOf(enumAccessors);
        }
    }

    /**
     * A constant: a {@code final} field with an initializer, or an enum constant with its arguments.
     *
     * @param owner    qualified name of the declaring type
     * @param name     the field or enum constant name
     * @param value    the initializer, null for an enum constant
     * @param enumArgs the enum constant's constructor arguments, empty for a field
     */
    public record ConstantDef(String owner, String name, StrExpr value, List<StrExpr> enumArgs) {
        public ConstantDef {
            enumArgs = List.copyOf(enumArgs);
        }
    }

    /** Where a call site sits in the code. */
    public enum CallKind {
        /** A client method or constructor call in code. */
        CODE,
        /** A mapping annotation of an interface client. */
        INTERFACE,
        /** A Micrometer Dynatrace registry configured in code or in Spring Boot configuration. */
        CONFIG,
        /**
         * A verb-named method of a type that is no known client ({@code httpSender.put(url)},
         * {@code executePagedGetRequest(path)}): a call only when its path matches a catalog operation
         * that accepts the verb of its name.
         */
        VERB
    }

    /**
     * A condition on the HTTP method around a call site: {@code case "GET":} of a {@code switch} on
     * {@code selector}, or {@code if ("GET".equals(selector))}. The link phase drops the site for
     * callers whose method resolves to none of {@code values} (or, {@code negated}, to one of them:
     * a {@code default:} or {@code else} branch).
     */
    public record Guard(StrExpr selector, List<StrExpr> values, boolean negated) {
        public Guard {
            values = List.copyOf(values);
        }
    }

    /**
     * What a method returns, read in the method (its parameters are holes): URL helpers such as
     * {@code String apiUrl(String host, String id) { return host + "/e/" + id + "/api/v1/"; }}.
     * Of several returns, the one that says most about a URL is kept.
     *
     * @param type   simple name of the declaring type
     * @param name   the method's name
     * @param params parameter names, in order
     * @param value  the returned value
     */
    public record MethodReturn(String type, String name, List<String> params, StrExpr value) {
        public MethodReturn {
            params = List.copyOf(params);
        }

        /** The method that returns {@code value}. */
        public MethodKey key() {
            return new MethodKey(type, name, params.size());
        }
    }

    /**
     * An assignment to a field that is not a constant: {@code this.requestUrl = baseUrl + suffix}.
     *
     * @param type            simple name of the type whose code assigns it
     * @param field           the field's name
     * @param value           the value assigned, read in the assigning method (its parameters are holes)
     * @param enclosingMethod the assigning method; {@link MethodKey#NONE} for a field initializer
     * @param params          parameter names of the assigning method
     */
    public record FieldWrite(String type, String field, StrExpr value, MethodKey enclosingMethod, List<String> params) {
        public FieldWrite {
            params = List.copyOf(params);
        }
    }

    /**
     * A request made with a recognised client, its path not yet resolved.
     *
     * @param location        where the URL meets the client
     * @param method          HTTP method, null when unknown
     * @param url             the URL or path expression
     * @param client          what makes the request: a client library, a verb-named method, a registry
     * @param className       the enclosing top-level type, fully qualified
     * @param kind            code, interface mapping or configuration
     * @param interfaceName   for interface clients: the interface's simple name (Retrofit base linking)
     * @param implementableBy for interface clients that may be server contracts instead: the interface's simple
     *                        name, so the link phase can drop it when a class of the source set implements it;
     *                        empty when the annotations say it is a client
     * @param enclosingMethod the enclosing method, {@link MethodKey#NONE} outside methods
     * @param params          parameter names of the enclosing method, in order (wrapper following)
     * @param methodExpr      when {@code method} is null: the expression that names it at run time (a parameter
     *                        or field the link phase may resolve), else null
     * @param guards          conditions on the HTTP method around the site
     */
    public record CallSite(Location location, String method, StrExpr url, ClientId client, String className,
                           CallKind kind, String interfaceName, String implementableBy, MethodKey enclosingMethod,
                           List<String> params, StrExpr methodExpr, List<Guard> guards) {
        public CallSite {
            params = List.copyOf(params);
            guards = List.copyOf(guards);
        }

        /** A site whose method is known or unknowable, without guards. */
        public CallSite(Location location, String method, StrExpr url, ClientId client, String className,
                        CallKind kind, String interfaceName, String implementableBy, MethodKey enclosingMethod,
                        List<String> params) {
            this(location, method, url, client, className, kind, interfaceName, implementableBy, enclosingMethod,
                    params, null, List.of());
        }
    }

    /**
     * A call of a method that is not a known client, with its arguments, in case it is an
     * in-house wrapper around a client.
     *
     * @param receiverType simple type name of the receiver when known from a declaration in the file
     *                     (or the enclosing type for an unqualified call), else empty
     * @param enclosingMethod the calling method, {@link MethodKey#NONE} outside methods
     * @param params          parameter names of the calling method (wrappers of wrappers)
     * @param resultMethod    the HTTP method the caller gives the request the call returns
     *                        ({@code con = open(url); con.setRequestMethod(POST)}), else null
     */
    public record Invocation(Location location, String name, List<StrExpr> args, String receiverType,
                             String className, MethodKey enclosingMethod, List<String> params, StrExpr resultMethod) {
        public Invocation {
            args = List.copyOf(args);
            params = List.copyOf(params);
        }

        /** A call whose result the caller does not configure as a request. */
        public Invocation(Location location, String name, List<StrExpr> args, String receiverType,
                          String className, MethodKey enclosingMethod, List<String> params) {
            this(location, name, args, receiverType, className, enclosingMethod, params, null);
        }
    }

    /**
     * {@code retrofit.create(Api.class)} with the base URL given to the Retrofit builder in the same method,
     * or, {@code factory} not {@link MethodKey#NONE}, a generic factory {@code <S> S createService(Class<S> type)}
     * that calls {@code create(type)}: its parameter {@code factoryParam} is the interface, {@code interfaceName}
     * is empty, and the base URL is one given to a Retrofit builder in its class. {@code enclosingMethod} and
     * {@code params} name the method where the base URL is given, whose callers may supply its parts
     * ({@code setBasePath(url, suffix)}). With {@code interfaceName} {@code WebClient}: a base URL given to
     * Spring's {@code WebClient.builder()}, whose clients are injected into the classes that use them.
     *
     * @param factoryParam the index of the factory's {@code Class<S>} parameter, -1 when it is no factory
     */
    public record RetrofitBase(String interfaceName, StrExpr baseUrl, MethodKey enclosingMethod, List<String> params,
                               MethodKey factory, int factoryParam) {
        public RetrofitBase {
            params = List.copyOf(params);
        }

        /** A base URL given where {@code interfaceName} is created, in {@code enclosingMethod}. */
        public RetrofitBase(String interfaceName, StrExpr baseUrl, MethodKey enclosingMethod, List<String> params) {
            this(interfaceName, baseUrl, enclosingMethod, params, MethodKey.NONE, -1);
        }

        /** A base URL given where {@code interfaceName} is created, outside any method with parameters. */
        public RetrofitBase(String interfaceName, StrExpr baseUrl) {
            this(interfaceName, baseUrl, MethodKey.NONE, List.of());
        }

        /** Whether this is a generic factory's base, which its callers give an interface. */
        public boolean isFactory() {
            return !factory.isNone();
        }
    }

    /**
     * A header set in code that may be {@code Authorization} ({@code name} resolves to it), or a call
     * such as {@code setBearerAuth} whose realm is fixed ({@code fixedRealm}, else null).
     */
    public record HeaderSite(Location location, StrExpr name, StrExpr value, String fixedRealm, String className,
                             MethodKey enclosingMethod) {
    }

    /** A read of an environment variable or property, the name possibly a constant. */
    public record EnvSite(Location location, StrExpr name, String className) {
    }
}
