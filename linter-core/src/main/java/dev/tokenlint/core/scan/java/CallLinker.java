package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.AuthHeader;
import dev.tokenlint.core.scan.CallTrace;
import dev.tokenlint.core.scan.EnvRead;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.RelatedLocation;
import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.FileFacts.FieldWrite;
import dev.tokenlint.core.scan.java.FileFacts.Guard;
import dev.tokenlint.core.scan.java.FileFacts.HeaderSite;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.FileFacts.RetrofitBase;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import dev.tokenlint.core.scan.java.FileFacts.TypeKind;
import dev.tokenlint.core.scan.java.PathNormalizer.Host;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Format;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Resolve;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import dev.tokenlint.core.scan.java.clients.BaseJoin;
import dev.tokenlint.core.scan.java.clients.ClientId;
import dev.tokenlint.core.scan.java.clients.ClientLibraries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phase 2 of the scan: links the per-file facts of the whole source set. Resolves paths
 * through constants of other files, follows in-house wrapper methods to their callers, joins
 * Retrofit and Feign interfaces with the base URL they are created with, drops interface
 * "clients" that a class of the source set implements (server contracts), matches the catalog
 * and keeps only the calls with evidence that they go to Dynatrace (see docs/scanner.md).
 */
public final class CallLinker {

    /** Paths that no other product uses: a call to one of them needs no further evidence. */
    private static final List<String> DISTINCTIVE = List.of("/api/config/v1/", "/api/v2/otlp/",
            "/api/v2/metrics/ingest", "/api/v1/timeseries/custom:", "/api/v1/entity/infrastructure/custom/",
            "/api/v2/apiTokens");

    private static final int MAX_WRAPPER_DEPTH = 5;

    /** An authorization scheme name such as {@code Api-Token} or {@code Bearer}. */
    private static final java.util.regex.Pattern REALM = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");

    private final PermissionCatalog catalog;
    private final PathNormalizer normalizer = new PathNormalizer();

    private final Set<String> traceFiles;

    public CallLinker(PermissionCatalog catalog) {
        this(catalog, Set.of());
    }

    /**
     * A linker that also records, for each client use and wrapper caller in {@code traceFiles}
     * (paths as in locations), what it concluded and why ({@link Linked#traces()}).
     */
    public CallLinker(PermissionCatalog catalog, Set<String> traceFiles) {
        this.catalog = catalog;
        this.traceFiles = Set.copyOf(traceFiles);
    }

    /**
     * What the link phase found. {@code missingTypes} are referenced types no scanned file
     * declares; {@code wrapperTypes} the simple names of the types whose mention makes a skipped file
     * worth reading: classes with wrapper methods and their subclasses, whose callers may sit in files
     * the prefilter skipped, and classes that hold API path constants, which such a file may hand to a
     * verb-named call ({@code sender.post(Paths.EVENTS, body)}).
     */
    public record Linked(List<ApiCall> calls, List<AuthHeader> authHeaders, List<EnvRead> envReads,
                         Set<String> missingTypes, Set<String> wrapperTypes, List<InputProblem> problems,
                         List<CallTrace> traces) {

        /** What the link phase found, without traces. */
        public Linked(List<ApiCall> calls, List<AuthHeader> authHeaders, List<EnvRead> envReads,
                      Set<String> missingTypes, Set<String> wrapperTypes, List<InputProblem> problems) {
            this(calls, authHeaders, envReads, missingTypes, wrapperTypes, problems, List.of());
        }
    }

    /** A call site to decide on: where, what, and in which file its expression is read. */
    private record Candidate(CallSite site, StrExpr url, FileFacts file, Map<String, Resolved> params,
                             Set<String> evidenceFiles, List<StrExpr> passedIn, String wrapperClass, String verbHint,
                             boolean fieldsExpanded, boolean anchored, List<RelatedLocation> via, String calls) {
        Candidate(CallSite site, StrExpr url, FileFacts file, Map<String, Resolved> params, Set<String> evidenceFiles) {
            this(site, url, file, params, evidenceFiles, List.of(), "", null, false, false, List.of(), "");
        }
    }

    /** A field write with the file it is in. */
    private record Write(FieldWrite write, FileFacts file) {
    }

    public Linked link(List<FileFacts> files) {
        ConstantResolver resolver = new ConstantResolver(files);
        Run run = new Run(traceFiles);
        List<EnvRead> envReads = envReads(files, resolver);
        envReads.forEach(e -> run.classesReadingEnv.add(e.className()));
        for (FileFacts f : files) {
            for (TypeInfo t : f.types()) {
                run.supertypes.computeIfAbsent(t.simpleName(), k -> new HashSet<>()).addAll(t.supertypes());
            }
        }
        Set<String> implemented = new HashSet<>();
        for (FileFacts f : files) {
            for (TypeInfo t : f.types()) {
                if (t.kind() != TypeKind.INTERFACE) {
                    implemented.addAll(t.supertypes());
                }
            }
        }
        Map<String, List<Map.Entry<FileFacts, RetrofitBase>>> bases = new HashMap<>();
        Map<String, List<Map.Entry<FileFacts, RetrofitBase>>> factories = new HashMap<>();
        for (FileFacts f : files) {
            for (RetrofitBase b : f.retrofitBases()) {
                (b.factoryParam() >= 0 ? factories : bases).computeIfAbsent(b.interfaceName(), k -> new ArrayList<>())
                        .add(Map.entry(f, b));
            }
        }
        if (!factories.isEmpty()) {
            // each call of a generic factory with a class literal creates that interface with the factory's bases
            for (FileFacts f : files) {
                for (Invocation inv : f.invocations()) {
                    List<Map.Entry<FileFacts, RetrofitBase>> fs = factories.get(inv.name() + "/" + inv.args().size());
                    if (fs == null) {
                        continue;
                    }
                    for (Map.Entry<FileFacts, RetrofitBase> fb : fs) {
                        int i = fb.getValue().factoryParam();
                        if (i < inv.args().size() && inv.args().get(i) instanceof StrExpr.Ref r
                                && r.name().endsWith(JavaFileExtractor.CLASS_LITERAL)) {
                            String iface = r.name().substring(0, r.name().length() - JavaFileExtractor.CLASS_LITERAL.length());
                            RetrofitBase b = fb.getValue();
                            List<Map.Entry<FileFacts, RetrofitBase>> list = bases.computeIfAbsent(iface,
                                    k -> new ArrayList<>());
                            RetrofitBase named = new RetrofitBase(iface, b.baseUrl(), b.enclosingMethod(), b.params(), -1);
                            if (list.stream().noneMatch(e -> e.getValue().equals(named))) {
                                list.add(Map.entry(fb.getKey(), named));
                            }
                        }
                    }
                }
            }
        }
        for (FileFacts f : files) {
            for (FieldWrite w : f.fieldWrites()) {
                run.fieldWrites.computeIfAbsent(w.field(), k -> new ArrayList<>()).add(new Write(w, f));
            }
            for (TypeInfo t : f.types()) {
                run.typeFiles.computeIfAbsent(t.simpleName(), k -> new ArrayList<>()).add(f.file());
            }
        }
        Set<String> webClientConfiguration = webClientConfiguration(bases.get(JavaFileExtractor.WEB_CLIENT_BASE),
                resolver);
        List<Candidate> candidates = new ArrayList<>();
        for (FileFacts f : files) {
            for (Invocation inv : f.invocations()) {
                run.invocationsByName.computeIfAbsent(inv.name(), k -> new ArrayList<>()).add(inv);
                run.invocationFile.put(inv, f);
            }
        }
        for (FileFacts f : files) {
            for (CallSite c : f.calls()) {
                if (!c.implementableBy().isEmpty() && implemented.contains(c.implementableBy())) {
                    continue;
                }
                if (c.kind() == CallKind.INTERFACE && !c.interfaceName().isEmpty()
                        && !bases.containsKey(c.interfaceName()) && !factories.isEmpty()
                        && ClientLibraries.baseJoin(c.client()) != BaseJoin.NONE) {
                    // an interface no code of the source set creates, beside a generic factory (a generated
                    // client whose users are elsewhere): the factory's bases are the ones it would get
                    List<Map.Entry<FileFacts, RetrofitBase>> all = new ArrayList<>();
                    for (List<Map.Entry<FileFacts, RetrofitBase>> fs : factories.values()) {
                        for (Map.Entry<FileFacts, RetrofitBase> fb : fs) {
                            RetrofitBase b = fb.getValue();
                            all.add(Map.entry(fb.getKey(), new RetrofitBase(c.interfaceName(), b.baseUrl(),
                                    b.enclosingMethod(), b.params(), -1)));
                        }
                    }
                    bases.put(c.interfaceName(), all);
                }
                if (c.kind() == CallKind.INTERFACE && !c.interfaceName().isEmpty()
                        && bases.containsKey(c.interfaceName())) {
                    for (Map.Entry<FileFacts, RetrofitBase> b : bases.get(c.interfaceName())) {
                        StrExpr base = new Scoped(b.getKey().file(), b.getValue().baseUrl());
                        StrExpr joined = ClientLibraries.baseJoin(c.client()) == BaseJoin.RESOLVE
                                ? new Resolve(base, c.url())
                                : new Concat(List.of(base, new StrExpr.Lit("/"), c.url()), false);
                        // the method that gives the base: its callers may supply the base's parts, the
                        // call stays at the interface's annotation
                        CallSite at = new CallSite(c.location(), c.method(), joined, c.client(), c.className(),
                                c.kind(), c.interfaceName(), c.implementableBy(), b.getValue().enclosingMethod(),
                                b.getValue().params(), c.methodExpr(), c.guards());
                        candidates.add(new Candidate(at, joined, f, Map.of(), Set.of(b.getKey().file()), List.of(),
                                "", null, false, true, List.of(), ""));
                    }
                    continue;
                }
                Set<String> evidence = Set.of();
                if (c.kind() == CallKind.VERB && !c.interfaceName().isEmpty()) {
                    // the receiver's class may be the one documented as the Dynatrace client
                    evidence = new HashSet<>(run.typeFiles.getOrDefault(c.interfaceName(), List.of()));
                } else if (ClientId.SPRING_WEBCLIENT.equals(c.client()) && !f.dynatraceMarker()) {
                    evidence = webClientConfiguration;
                }
                candidates.add(new Candidate(c, c.url(), f, Map.of(), evidence));
            }
        }
        Set<String> clientMethods = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.site().kind() == CallKind.CODE) {
                clientMethods.add(c.file().file() + "|" + c.site().enclosingMethod());
            }
        }
        List<Candidate> work = candidates;
        for (int level = 0; level <= MAX_WRAPPER_DEPTH && !work.isEmpty(); level++) {
            List<Candidate> next = new ArrayList<>();
            run.budget -= work.size();
            if (run.budget < 0) {
                run.followWrappers = false; // bounded work on any input: what is left is decided where it is
            }
            for (Candidate c : work) {
                try {
                    link(c, level, resolver, run, next);
                } catch (RuntimeException e) {
                    // One odd expression must not stop the scan: say where, and go on.
                    run.problems.add(new InputProblem(c.site().location(), "could not resolve this request ("
                            + e.getClass().getSimpleName() + ")", "source"));
                }
            }
            work = distinct(next);
        }
        // A wrapper whose callers made Dynatrace run.calls is a Dynatrace method too (its headers count).
        Set<Location> callSites = new HashSet<>();
        for (ApiCall call : run.calls) {
            callSites.add(call.location());
        }
        for (Map.Entry<Candidate, List<Candidate>> w : run.wrapperCandidates) {
            Candidate wrapper = w.getKey();
            boolean any = false;
            for (Candidate d : w.getValue()) {
                any |= callSites.contains(d.site().location());
            }
            if (any) {
                run.dynatraceMethods.add(wrapper.file().file() + "|" + wrapper.site().enclosingMethod());
                run.dynatraceClasses.add(wrapper.site().className());
            }
        }
        List<ApiCall> distinct = new ArrayList<>(dedupe(run.calls).values());
        distinct.sort(Comparator.comparing(ApiCall::location).thenComparing(ApiCall::endpoint));
        List<CallTrace> traces = new ArrayList<>(new LinkedHashSet<>(run.traces));
        traces.sort(Comparator.comparing(CallTrace::location).thenComparing(CallTrace::url)
                .thenComparing(CallTrace::verdict));
        return new Linked(distinct, headers(files, resolver, run.dynatraceMethods, run.dynatraceClasses, clientMethods),
                envReads, resolver.missingTypes(), worthFollowing(files, run), run.problems, traces);
    }

    /**
     * The files that configure the source set's {@code WebClient}s ({@code WebClient.builder().baseUrl(..)}),
     * when every one of them names Dynatrace or gives a Dynatrace host: a {@code WebClient} injected into
     * another class (by {@code @Qualifier}, by type) is then one of them, and its calls have their evidence.
     * Empty when there are none, or when one of them is another service's: which one a class gets is
     * not followed, so neither is taken.
     */
    private Set<String> webClientConfiguration(List<Map.Entry<FileFacts, RetrofitBase>> bases,
                                               ConstantResolver resolver) {
        if (bases == null || bases.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<FileFacts, RetrofitBase> b : bases) {
            Resolved base = resolver.resolve(b.getValue().baseUrl(), b.getKey(), Map.of());
            boolean dynatraceHost = base.render().toLowerCase(Locale.ROOT).contains("dynatrace");
            if (!b.getKey().dynatraceMarker() && !dynatraceHost || otherHost(base) && !dynatraceHost) {
                return Set.of();
            }
            out.add(b.getKey().file());
        }
        return out;
    }

    /** Path fragments of the catalog's API families, the sign of a constant that names an endpoint. */
    private static final List<String> API_PATH_FRAGMENTS = List.of("api/v1", "api/v2", "api/config/");

    /**
     * The wrapper types, their subclasses in the source set (a caller names the subclass it holds,
     * not the wrapper it inherits from) and the types holding API path constants.
     */
    private static Set<String> worthFollowing(List<FileFacts> files, Run run) {
        Set<String> out = new java.util.TreeSet<>(run.wrapperTypes);
        for (String type : run.supertypes.keySet()) {
            if (run.wrapperTypes.stream().anyMatch(w -> run.isSubtype(type, w))) {
                out.add(type);
            }
        }
        for (FileFacts f : files) {
            for (FileFacts.ConstantDef c : f.constants()) {
                if (namesApiPath(c.value()) || c.enumArgs().stream().anyMatch(CallLinker::namesApiPath)) {
                    out.add(c.owner().substring(c.owner().lastIndexOf('.') + 1));
                }
            }
        }
        return out;
    }

    private static boolean namesApiPath(StrExpr e) {
        if (e instanceof StrExpr.Lit l) {
            return API_PATH_FRAGMENTS.stream().anyMatch(l.value()::contains);
        }
        if (e instanceof StrExpr.Concat c) {
            return c.parts().stream().anyMatch(CallLinker::namesApiPath);
        }
        return e instanceof StrExpr.Format f && namesApiPath(f.pattern());
    }

    /** Decides one candidate: a call, a wrapper to follow (its callers go to {@code next}), or nothing. */
    private void link(Candidate c, int level, ConstantResolver resolver, Run run, List<Candidate> next) {
        if (!c.fieldsExpanded()) {
            List<Candidate> expanded = expandFields(c, resolver, run);
            if (!expanded.isEmpty()) {
                if (run.traced(c)) {
                    trace(c, resolver, run, "reads fields of its class for the URL or method: decided once for each of "
                            + expanded.size() + " method(s) that assign them", null);
                }
                for (Candidate e : expanded) {
                    link(e, level, resolver, run, next);
                }
                return;
            }
        }
        Set<String> wrapperParams = paramHoles(c.url(), c.site().params());
        if (!wrapperParams.isEmpty() && !pathNeedsParams(c, wrapperParams, resolver)) {
            // the parameters only give the host (dynatraceUrl + PATH): a call in its own right
            wrapperParams = Set.of();
        }
        if (!wrapperParams.isEmpty() && callersMayMatter(c)) {
            String key = c.site().enclosingMethod();
            if (key.indexOf('#') > 0) {
                run.wrapperTypes.add(key.substring(0, key.indexOf('#')));
            }
        }
        if (!wrapperParams.isEmpty() && level < MAX_WRAPPER_DEPTH && run.followWrappers) {
            List<Candidate> derived = followWrapper(c, run);
            if (!derived.isEmpty()) {
                next.addAll(derived);
                run.wrapperCandidates.add(Map.entry(c, derived));
                if (run.traced(c)) {
                    trace(c, resolver, run, "the URL takes parameter(s) " + new java.util.TreeSet<>(wrapperParams)
                            + " of " + shownMethod(c.site().enclosingMethod()) + ": decided at its "
                            + derived.size() + " caller(s): " + callers(derived), null);
                }
                return;
            }
            if (run.traced(c)) {
                trace(c, resolver, run, "the URL takes parameter(s) " + new java.util.TreeSet<>(wrapperParams) + " of "
                        + shownMethod(c.site().enclosingMethod()) + ", but no caller of it was found in the sources"
                        + " scanned; decided here", null);
            }
        } else if (!wrapperParams.isEmpty() && run.traced(c)) {
            trace(c, resolver, run, "the URL takes parameter(s) " + new java.util.TreeSet<>(wrapperParams)
                    + ", but callers are not followed further here (" + (run.followWrappers
                    ? "at most " + MAX_WRAPPER_DEPTH + " wrappers deep" : "the scan's link budget is spent")
                    + "); decided here", null);
        }
        decide(c, resolver, run).ifPresent(call -> {
            run.calls.add(call);
            run.dynatraceMethods.add(c.file().file() + "|" + c.site().enclosingMethod());
            run.dynatraceClasses.add(call.className());
        });
    }

    /** What one link run collects while it decides candidates. */
    private static final class Run {
        final Map<String, List<Invocation>> invocationsByName = new HashMap<>();
        /** By identity: each invocation is one object of one file's facts, and a record's hash walks its whole tree. */
        final Map<Invocation, FileFacts> invocationFile = new java.util.IdentityHashMap<>();
        /** Each followed wrapper's candidate with the candidates made at its callers. */
        final List<Map.Entry<Candidate, List<Candidate>>> wrapperCandidates = new ArrayList<>();
        final List<ApiCall> calls = new ArrayList<>();
        /** {@code file|Type#method/arity} of methods that make a Dynatrace call. */
        final Set<String> dynatraceMethods = new HashSet<>();
        final Set<String> dynatraceClasses = new HashSet<>();
        final Set<String> wrapperTypes = new java.util.TreeSet<>();
        /** Classes that read an environment variable or property (the token's {@code env}). */
        final Set<String> classesReadingEnv = new HashSet<>();
        final List<InputProblem> problems = new ArrayList<>();
        /** Simple type name to the simple names of its direct supertypes, over the source set. */
        final Map<String, Set<String>> supertypes = new HashMap<>();
        /** Field name to the assignments of fields of that name, over the source set. */
        final Map<String, List<Write>> fieldWrites = new HashMap<>();
        /** Simple type name to the files declaring a type of that name. */
        final Map<String, List<String>> typeFiles = new HashMap<>();
        /** Candidates this run may still decide or follow before it stops following wrappers. */
        int budget = MAX_CANDIDATES;
        boolean followWrappers = true;
        final Set<String> traceFiles;
        final List<CallTrace> traces = new ArrayList<>();

        Run(Set<String> traceFiles) {
            this.traceFiles = traceFiles;
        }

        /** Whether what is concluded about {@code c} is to be explained: it sits in, or passed through, a traced file. */
        boolean traced(Candidate c) {
            if (traceFiles.isEmpty()) {
                return false;
            }
            if (traceFiles.contains(c.site().location().file())) {
                return true;
            }
            for (RelatedLocation r : c.via()) {
                if (traceFiles.contains(r.location().file())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a call on {@code receiver} can reach a wrapper declared in {@code wrapper}: the same
         * type, a subclass calling an inherited wrapper, or an interface the wrapper implements.
         */
        boolean related(String receiver, String wrapper) {
            return receiver.equals(wrapper) || isSubtype(receiver, wrapper, 0) || isSubtype(wrapper, receiver, 0);
        }

        /** Whether {@code type} extends or implements {@code ancestor}, directly or through the source set's types. */
        boolean isSubtype(String type, String ancestor) {
            return isSubtype(type, ancestor, 0);
        }

        private boolean isSubtype(String type, String ancestor, int depth) {
            if (depth > 8) {
                return false;
            }
            for (String s : supertypes.getOrDefault(type, Set.of())) {
                if (s.equals(ancestor) || isSubtype(s, ancestor, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One call per location and endpoint. A verb-named call only guesses its method from a name,
     * so where the same place is also a call through a client (or a wrapper of one), that one is kept.
     */
    private static Map<String, ApiCall> dedupe(List<ApiCall> calls) {
        Set<Location> known = new HashSet<>();
        for (ApiCall c : calls) {
            if (!ClientId.VERB_NAMED.id().equals(c.client())) {
                known.add(c.location());
            }
        }
        Map<String, ApiCall> m = new LinkedHashMap<>();
        for (ApiCall c : calls) {
            if (ClientId.VERB_NAMED.id().equals(c.client()) && known.contains(c.location())) {
                continue;
            }
            m.putIfAbsent(c.location() + " " + c.endpoint(), c);
        }
        return m;
    }

    /** Most candidates one link run follows through wrappers, over all levels. */
    private static final int MAX_CANDIDATES = 30_000;

    /**
     * A name called this often on receivers of unknown type ties such a call to the wrapper only when
     * the call hands it text for the URL (a literal, a constant, a concatenation), not a bare variable:
     * {@code apiClient.invokeAPI("/reports", ..)} through an inherited field, not {@code map.get(key)}.
     */
    private static final int FREQUENT_NAME = 100;

    /** Whether an argument bound to a parameter the URL uses is more than a bare unknown value. */
    private static boolean givesPathText(Invocation inv, List<String> params, StrExpr url) {
        for (int i = 0; i < params.size() && i < inv.args().size(); i++) {
            StrExpr a = inv.args().get(i);
            if (urlUses(url, params.get(i)) && !(a instanceof Hole)) {
                return true;
            }
        }
        return false;
    }

    /** A name called this often on receivers of unknown type is too common to tie such calls to one wrapper. */
    private static final int COMMON_NAME = 1_000;

    /** Candidates of one level without repeats (the same site and expressions reached by two ways). */
    private static List<Candidate> distinct(List<Candidate> next) {
        record Key(Location at, StrExpr url, StrExpr methodExpr, List<Guard> guards, String verbHint, String method) {
        }
        Set<Key> seen = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : next) {
            if (seen.add(new Key(c.site().location(), c.url(), c.site().methodExpr(), c.site().guards(), c.verbHint(),
                    c.site().enclosingMethod()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static final int MAX_FIELD_DEPTH = 3;

    /**
     * A call site that reads its URL, method or method guard from fields of its class (a stateful
     * wrapper): one candidate per method that assigns such a field, with the values it assigns put
     * in and that method's parameters as the site's own, so the callers of a setter or constructor
     * are followed like the callers of any wrapper. Fields assigned only constant values elsewhere
     * are put in too. Empty when nothing about the call depends on such a field.
     */
    private List<Candidate> expandFields(Candidate c, ConstantResolver resolver, Run run) {
        String type = typeOf(c.site().enclosingMethod());
        if (type.isEmpty() || run.fieldWrites.isEmpty()) {
            return List.of();
        }
        Set<String> urlFields = new java.util.TreeSet<>();
        // A URL that also needs this method's parameters stays in this method: only fields given constant
        // values are put in here, and the callers give the rest (moving to a setter's context would lose them).
        boolean ownParams = !paramHoles(c.url(), c.site().params()).isEmpty();
        collectFieldRefs(c.url(), c.file().file(), c.file().file(), urlFields);
        Set<String> otherFields = new java.util.TreeSet<>();
        if (c.site().method() == null && c.site().methodExpr() != null) {
            collectFieldRefs(c.site().methodExpr(), c.file().file(), c.file().file(), otherFields);
        }
        for (Guard g : c.site().guards()) {
            collectFieldRefs(g.selector(), c.file().file(), c.file().file(), otherFields);
            g.values().forEach(v -> collectFieldRefs(v, c.file().file(), c.file().file(), otherFields));
        }
        Map<String, List<Write>> writes = new java.util.TreeMap<>();
        for (String f : union(urlFields, otherFields)) {
            if (resolver.lookup(f, c.file()).isPresent()) {
                continue; // a constant after all
            }
            List<Write> ws = new ArrayList<>();
            for (Write w : run.fieldWrites.getOrDefault(f, List.of())) {
                if (run.related(w.write().type(), type)) {
                    ws.add(w);
                }
            }
            if (!ws.isEmpty()) {
                writes.put(f, ws);
            }
        }
        urlFields.retainAll(writes.keySet());
        otherFields.retainAll(writes.keySet());
        if (writes.isEmpty() || urlFields.isEmpty() && pathKnown(c, resolver) && otherFields.isEmpty()) {
            return List.of();
        }
        if (!urlFields.isEmpty() && pathKnown(c, resolver)) {
            urlFields.clear(); // the fields only give the host: keep what the path says
        }
        // the methods that write them, in a stable order
        Map<String, Map<String, Write>> byMethod = new java.util.TreeMap<>();
        for (Map.Entry<String, List<Write>> e : writes.entrySet()) {
            for (Write w : e.getValue()) {
                byMethod.computeIfAbsent(w.write().enclosingMethod(), k -> new LinkedHashMap<>()).put(e.getKey(), w);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Write>> m : byMethod.entrySet()) {
            Map<String, Write> here = m.getValue();
            if (ownParams && here.values().stream().anyMatch(w -> !paramHoles(w.write().value(),
                    w.write().params()).isEmpty())) {
                continue;
            }
            if (!urlFields.isEmpty() && java.util.Collections.disjoint(here.keySet(), urlFields)) {
                continue; // writes only the method: the URL stays unknown here
            }
            if (urlFields.isEmpty() && java.util.Collections.disjoint(here.keySet(), otherFields)) {
                continue;
            }
            Map<String, StrExpr> subst = new HashMap<>();
            for (Map.Entry<String, List<Write>> e : writes.entrySet()) {
                Write w = here.get(e.getKey());
                if (w != null) {
                    subst.put(e.getKey(), new Scoped(w.file().file(), w.write().value()));
                } else {
                    constantWrite(e.getValue()).ifPresent(v -> subst.put(e.getKey(), v));
                }
            }
            List<String> params = ownParams ? c.site().params() : here.values().iterator().next().write().params();
            String context = ownParams ? c.site().enclosingMethod() : m.getKey();
            CallSite s = c.site();
            StrExpr url = substituteRefs(c.url(), subst, c.file().file(), c.file().file(), 0);
            StrExpr methodExpr = s.methodExpr() == null ? null
                    : substituteRefs(s.methodExpr(), subst, c.file().file(), c.file().file(), 0);
            List<Guard> guards = new ArrayList<>();
            for (Guard g : s.guards()) {
                List<StrExpr> values = new ArrayList<>();
                g.values().forEach(v -> values.add(substituteRefs(v, subst, c.file().file(), c.file().file(), 0)));
                guards.add(new Guard(substituteRefs(g.selector(), subst, c.file().file(), c.file().file(), 0), values,
                        g.negated()));
            }
            CallSite site = new CallSite(s.location(), s.method(), url, s.client(), s.className(), s.kind(),
                    s.interfaceName(), s.implementableBy(), context, params, methodExpr, guards);
            out.add(new Candidate(site, url, c.file(), c.params(), c.evidenceFiles(), c.passedIn(), c.wrapperClass(),
                    c.verbHint(), true, c.anchored(), c.via(), c.calls()));
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    /** The one value every write of a field gives, when none depends on a parameter. */
    private static Optional<StrExpr> constantWrite(List<Write> writes) {
        StrExpr only = null;
        for (Write w : writes) {
            if (!paramHoles(w.write().value(), w.write().params()).isEmpty()) {
                return Optional.empty();
            }
            StrExpr v = new Scoped(w.file().file(), w.write().value());
            if (only != null && !only.equals(v)) {
                return Optional.empty();
            }
            only = v;
        }
        return Optional.ofNullable(only);
    }

    /** Whether the candidate's URL already resolves to a path (whatever fields give its host). */
    private boolean pathKnown(Candidate c, ConstantResolver resolver) {
        Optional<PathNormalizer.Normalized> n = normalizer.normalize(resolver.resolve(c.url(), c.file(), c.params()));
        return n.isPresent();
    }

    private static String typeOf(String methodKey) {
        int hash = methodKey.indexOf('#');
        return hash > 0 ? methodKey.substring(0, hash) : "";
    }

    /** Simple names ({@code url}, {@code this.url} read as {@code url}) read in the candidate's own file. */
    private static void collectFieldRefs(StrExpr e, String file, String context, Set<String> out) {
        if (e instanceof StrExpr.Ref r) {
            if (context.equals(file) && r.name().indexOf('.') < 0) {
                out.add(r.name());
            }
        } else if (e instanceof Scoped s) {
            collectFieldRefs(s.expr(), file, s.file(), out);
        } else {
            e.children().forEach(p -> collectFieldRefs(p, file, context, out));
        }
    }

    /** {@code e} with the field names of {@code subst} read in {@code file} replaced by their values. */
    private static StrExpr substituteRefs(StrExpr e, Map<String, StrExpr> subst, String file, String context,
                                          int depth) {
        if (depth > MAX_FIELD_DEPTH * 16) {
            return e;
        }
        int d = depth + 1;
        if (e instanceof StrExpr.Ref r && context.equals(file) && subst.containsKey(r.name())) {
            return subst.get(r.name());
        }
        if (e instanceof Scoped s) {
            return new Scoped(s.file(), substituteRefs(s.expr(), subst, file, s.file(), d));
        }
        return e.mapChildren(p -> substituteRefs(p, subst, file, context, d));
    }

    /**
     * Whether the path part of {@code c}'s URL depends on the method's parameters in a way only its
     * callers can settle. Not when the parameters only give the origin ({@code dynatraceUrl + PATH}),
     * nor when they only fill segments of a path that already matches an operation
     * ({@code ENTITIES + "/" + entityId}): the method then makes the call itself.
     */
    private boolean pathNeedsParams(Candidate c, Set<String> params, ConstantResolver resolver) {
        Optional<PathNormalizer.Normalized> n = normalizer.normalize(resolver.resolve(c.url(), c.file(), c.params()));
        if (n.isEmpty()) {
            return true;
        }
        boolean uses = false;
        for (String p : params) {
            if (n.get().path().contains("{" + p + "}")) {
                uses = true;
            }
        }
        return uses && !catalog.matchPath(n.get().path()).stream().anyMatch(op -> templateFixes(op.path(),
                n.get().path(), params));
    }

    /** Whether each parameter of {@code path} stands in a variable segment of {@code template}. */
    private static boolean templateFixes(String template, String path, Set<String> params) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            for (String param : params) {
                if (p[i].contains("{" + param + "}") && !t[i].contains("{")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Calls of the wrapper method around {@code c}, each a new candidate with the caller's arguments bound. */
    private List<Candidate> followWrapper(Candidate c, Run run) {
        Map<String, List<Invocation>> byName = run.invocationsByName;
        Map<Invocation, FileFacts> invocationFile = run.invocationFile;
        String key = c.site().enclosingMethod();
        int hash = key.indexOf('#');
        int slash = key.lastIndexOf('/');
        if (hash < 0 || slash < hash) {
            return List.of();
        }
        String type = key.substring(0, hash);
        String name = key.substring(hash + 1, slash);
        int arity = Integer.parseInt(key.substring(slash + 1));
        List<Candidate> out = new ArrayList<>();
        List<Invocation> named = byName.getOrDefault(name, List.of());
        boolean common = named.size() > COMMON_NAME;
        for (Invocation inv : named) {
            if (inv.args().size() != arity
                    || !inv.receiverType().isEmpty() && !run.related(inv.receiverType(), type)
                    && !staticallyImported(invocationFile.get(inv), type, name)
                    || inv.receiverType().isEmpty() && common
                    || inv.receiverType().isEmpty() && named.size() > FREQUENT_NAME
                    && !givesPathText(inv, c.site().params(), c.url())) {
                continue;
            }
            if (inv.enclosingMethod().equals(key)) {
                continue; // recursion
            }
            FileFacts callerFile = invocationFile.get(inv);
            Map<String, StrExpr> bound = new HashMap<>();
            for (int i = 0; i < arity && i < c.site().params().size(); i++) {
                bound.put(c.site().params().get(i), new Scoped(callerFile.file(), inv.args().get(i)));
            }
            String own = c.file().file();
            StrExpr url = new Scoped(own, substitute(c.url(), bound));
            List<StrExpr> passed = new ArrayList<>();
            for (int i = 0; i < arity && i < c.site().params().size(); i++) {
                if (urlUses(c.url(), c.site().params().get(i))) {
                    passed.add(bound.get(c.site().params().get(i)));
                }
            }
            StrExpr methodExpr = c.site().methodExpr() == null ? null
                    : new Scoped(own, substitute(c.site().methodExpr(), bound));
            if (c.site().method() == null && methodExpr == null && inv.resultMethod() != null) {
                // a helper that opens the request and returns it: this caller sets its method
                methodExpr = new Scoped(callerFile.file(), inv.resultMethod());
            }
            List<Guard> guards = new ArrayList<>();
            for (Guard g : c.site().guards()) {
                List<StrExpr> values = new ArrayList<>();
                g.values().forEach(v -> values.add(new Scoped(own, substitute(v, bound))));
                guards.add(new Guard(new Scoped(own, substitute(g.selector(), bound)), values, g.negated()));
            }
            CallSite s0 = c.site();
            CallSite site = c.anchored()
                    // an interface's base given by a caller: the call stays at the annotation
                    ? new CallSite(s0.location(), s0.method(), url, s0.client(), s0.className(), s0.kind(),
                    s0.interfaceName(), s0.implementableBy(), inv.enclosingMethod(), inv.params(), methodExpr, guards)
                    : new CallSite(inv.location(), s0.method(), url, s0.client(), inv.className(),
                    s0.kind() == CallKind.VERB ? CallKind.VERB : CallKind.CODE, "", "", inv.enclosingMethod(),
                    inv.params(), methodExpr, guards);
            Set<String> evidence = new HashSet<>(c.evidenceFiles());
            evidence.add(own);
            if (c.anchored()) {
                evidence.add(callerFile.file()); // the code that creates the client names its target
            }
            String wrapperClass = c.wrapperClass().isEmpty() ? c.site().className() : c.wrapperClass();
            String hint = c.verbHint() != null ? c.verbHint() : VerbNames.verbOf(name);
            List<RelatedLocation> via = new ArrayList<>(c.via());
            if (c.anchored()) {
                via.add(new RelatedLocation(inv.location(), "gives the base URL here, calling " + shownMethod(key)));
            } else if (c.via().isEmpty()) {
                via.add(new RelatedLocation(s0.location(), "the request is sent here (" + s0.client().id() + "), in "
                        + shownMethod(key)));
            } else {
                via.add(new RelatedLocation(s0.location(), "passes the URL on here, calling "
                        + shownMethod(c.calls())));
            }
            out.add(new Candidate(site, url, c.anchored() ? c.file() : callerFile, Map.of(), evidence, passed,
                    wrapperClass, hint, false, c.anchored(), via, key));
        }
        return out;
    }

    /** {@code Type.name} of a method key {@code Type#name/arity}, as a reader writes it. */
    private static String shownMethod(String key) {
        int hash = key.indexOf('#');
        int slash = key.lastIndexOf('/');
        if (hash < 0) {
            return key;
        }
        return key.substring(0, hash) + "." + (slash > hash ? key.substring(hash + 1, slash) : key.substring(hash + 1));
    }

    /** An unqualified call of a method that the caller's file imports statically from {@code type}. */
    private static boolean staticallyImported(FileFacts caller, String type, String name) {
        for (String si : caller.staticImports()) {
            if (si.endsWith("." + type + ".*") || si.endsWith("." + type + "." + name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parameter {@code name} is a hole of {@code e}. */
    private static boolean urlUses(StrExpr e, String name) {
        Set<String> out = new HashSet<>();
        collectParamHoles(e, List.of(name), out);
        return !out.isEmpty();
    }

    /** {@code e} with the wrapper's parameter holes replaced by the caller's arguments. */
    private static StrExpr substitute(StrExpr e, Map<String, StrExpr> bound) {
        if (e instanceof Hole h && h.param() && bound.containsKey(h.name())) {
            return bound.get(h.name());
        }
        return e.mapChildren(p -> substitute(p, bound));
    }

    /**
     * Parameter holes of the site's own method in {@code e}, not inside an expression another file
     * passed in (those belong to the caller and were bound already).
     */
    /**
     * Whether callers of the method around {@code c} that sit in files the prefilter skipped can make
     * it a Dynatrace call, so that naming the method's class pulls such a file into a wrapper round.
     * Not when the URL is only holes ({@link #isOpen}), and not for a verb-named call whose own text
     * names no API path: such a call counts only with an {@code /api/} path, which a caller can bring
     * only as a literal (its file is then parsed on its own verdict) or as a path-holder's constant
     * (its file is then wanted for naming that class). Every getter taking a URL-like string
     * ({@code getMimeType(response, url)}) is verb-named, and following them read hundreds of files.
     */
    private static boolean callersMayMatter(Candidate c) {
        if (isOpen(c.url())) {
            return false;
        }
        return !ClientId.VERB_NAMED.equals(c.site().client()) || namesApiFragment(c.url());
    }

    /** Whether a literal of {@code e} holds {@code api} in any case (an API path, or part of one). */
    private static boolean namesApiFragment(StrExpr e) {
        if (e instanceof StrExpr.Lit l) {
            return l.value().toLowerCase(java.util.Locale.ROOT).contains("api");
        }
        if (e instanceof Concat c) {
            return c.parts().stream().anyMatch(CallLinker::namesApiFragment);
        }
        if (e instanceof Format f) {
            return namesApiFragment(f.pattern()) || f.args().stream().anyMatch(CallLinker::namesApiFragment);
        }
        return e instanceof Scoped s && namesApiFragment(s.expr());
    }

    /**
     * Whether {@code url} is made of holes alone (parameters, run-time values) and punctuation: a
     * wrapper with such a URL adds nothing of its own, so a caller can make it a Dynatrace call only
     * with an API path or Dynatrace evidence of its own, and a file with either is parsed anyway.
     * Such a wrapper's mention alone does not make a skipped file worth reading.
     */
    private static boolean isOpen(StrExpr url) {
        if (url instanceof Hole) {
            return true;
        }
        if (url instanceof StrExpr.Lit l) {
            return l.value().replaceAll("%[sd]", "").chars().noneMatch(Character::isLetterOrDigit);
        }
        if (url instanceof Concat c) {
            return c.parts().stream().allMatch(CallLinker::isOpen);
        }
        if (url instanceof Format f) {
            return isOpen(f.pattern()) && f.args().stream().allMatch(CallLinker::isOpen);
        }
        return url instanceof Scoped s && isOpen(s.expr());
    }

    private static Set<String> paramHoles(StrExpr e, List<String> params) {
        Set<String> out = new HashSet<>();
        collectParamHoles(e, params, out);
        return out;
    }

    private static void collectParamHoles(StrExpr e, List<String> params, Set<String> out) {
        if (e instanceof Hole h) {
            if (h.param() && params.contains(h.name())) {
                out.add(h.name());
            }
        } else {
            // a Scoped part is an argument of the caller: its holes are the caller's parameters
            e.children().forEach(p -> collectParamHoles(p, params, out));
        }
    }

    /** Records, for an explained candidate, the URL as far as it resolves and the verdict. */
    private void trace(Candidate c, ConstantResolver resolver, Run run, String verdict, ApiCall call) {
        String url;
        try {
            url = PathNormalizer.shownUnresolved(resolver.resolve(c.url(), c.file(), c.params()));
        } catch (RuntimeException e) {
            url = "(could not be read: " + e.getClass().getSimpleName() + ")";
        }
        run.traces.add(new CallTrace(c.site().location(), c.site().client().id(), url, verdict, call, c.via()));
    }

    /** The first few callers' locations, for a trace. */
    private static String callers(List<Candidate> derived) {
        List<String> at = derived.stream().map(d -> d.site().location().toString()).distinct().sorted().toList();
        return at.size() <= 5 ? String.join(", ", at)
                : String.join(", ", at.subList(0, 5)) + " and " + (at.size() - 5) + " more";
    }

    /** {@link #decideWhy} with the verdict recorded when {@code c} is explained. */
    private Optional<ApiCall> decide(Candidate c, ConstantResolver resolver, Run run) {
        StringBuilder why = run.traced(c) ? new StringBuilder() : null;
        Optional<ApiCall> call = decideWhy(c, resolver, run, why);
        if (why != null) {
            trace(c, resolver, run, call.map(CallLinker::verdictOf).orElse(why.toString()), call.orElse(null));
        }
        return call;
    }

    private static String verdictOf(ApiCall call) {
        if (call.resolution() == Resolution.UNRESOLVED) {
            return "reported as unresolved-call: part of the URL is only known at run time, so the endpoint and "
                    + "its scope are not known";
        }
        String method = call.method() == null ? "? (the method is not known)" : call.method();
        if (call.operation() == null) {
            return "a Dynatrace API call " + method + " " + call.path() + ", but no catalog operation matches it";
        }
        return "a call " + method + " " + call.path() + ", matched to the catalog operation "
                + call.operation().endpoint() + " " + (call.operation().needsNoScope() ? "(no scope)"
                : call.operation().scopes().toString());
    }

    /** Appends the reason for no call to {@code why} (when tracing) and returns empty. */
    private static Optional<ApiCall> none(StringBuilder why, String reason) {
        if (why != null) {
            why.append("not a Dynatrace call: ").append(reason);
        }
        return Optional.empty();
    }

    /** Resolves, normalises and matches one candidate; empty when it is not a Dynatrace call. */
    private Optional<ApiCall> decideWhy(Candidate c, ConstantResolver resolver, Run run, StringBuilder why) {
        CallSite site = c.site();
        if (!guardsHold(c, resolver)) {
            return none(why, "a condition around the request says this caller takes another branch");
        }
        String method = site.method();
        boolean guessed = false;
        if (method == null && site.methodExpr() != null) {
            method = verbOf(resolver.resolve(site.methodExpr(), c.file(), c.params()));
        }
        if (method == null && c.verbHint() != null) {
            method = c.verbHint();
            guessed = true;
        }
        boolean verbNamed = site.kind() == CallKind.VERB || guessed;
        String className = classFor(c, run);
        Resolved r = resolver.resolve(c.url(), c.file(), c.params());
        Optional<PathNormalizer.Normalized> n = normalizer.normalize(r);
        boolean fileEvidence = c.file().dynatraceMarker() || anyMarker(r.files(), resolver)
                || anyMarker(c.evidenceFiles(), resolver);
        if (n.isEmpty()) {
            if (site.kind() == CallKind.CONFIG) {
                return Optional.of(new ApiCall(site.method(), "/api/v2/metrics/ingest",
                        match(site.method(), "/api/v2/metrics/ingest"), Resolution.CONFIGURATION, site.location(),
                        className, site.client().id(), c.via()));
            }
            if (site.kind() == CallKind.CODE && !r.isText() && !otherHost(r)
                    && (looksLikeDynatrace(r, site) || c.file().dynatraceMarker() && readAtRunTime(r, site))) {
                return Optional.of(new ApiCall(method, PathNormalizer.shownUnresolved(r), null,
                        Resolution.UNRESOLVED,
                        site.location(), className, site.client().id(), c.via()));
            }
            if (r.isText()) {
                return none(why, "the URL is fully known and holds no Dynatrace API path (/api/...)");
            }
            if (otherHost(r)) {
                return none(why, "the URL starts with a host that is not Dynatrace's");
            }
            if (site.kind() == CallKind.VERB) {
                return none(why, "a method named for an HTTP verb, but what it is given resolves to no /api/ path");
            }
            return none(why, "the URL is only partly known, its known parts hold no /api/ path, and nothing marks"
                    + " it as Dynatrace's (no Dynatrace-looking part, and no value read at run time in a file that"
                    + " names Dynatrace)");
        }
        String path = n.get().path();
        if (n.get().host() == Host.OTHER) {
            return none(why, "the URL's host is another service's");
        }
        Operation op = match(method, path);
        if (verbNamed && op == null) {
            // the verb comes from a name: only a path that accepts it makes this a call
            return none(why, "the method " + method + " is guessed from a method name, and no catalog operation "
                    + "accepts " + method + " " + path);
        }
        boolean distinctive = DISTINCTIVE.stream().anyMatch(path::startsWith);
        // A class named for another product sends to that product unless its own file names Dynatrace:
        // what it borrowed (a constants class shared by several products' clients, a base URL field that a
        // sibling subclass sets to a Dynatrace host) is weaker evidence than its name.
        boolean otherProduct = !c.file().dynatraceMarker() && DynatraceNames.namesOtherProduct(className);
        boolean evidence = !otherProduct && (n.get().host() == Host.DYNATRACE || fileEvidence || distinctive)
                || site.kind() == CallKind.CONFIG;
        if (!evidence) {
            return none(why, otherProduct ? "the class " + className + " is named for another monitoring product"
                    + " and its file does not name Dynatrace"
                    : "the path " + path + " is shared with other products, and neither the host, the file nor the"
                    + " constants used name Dynatrace");
        }
        if (op == null && n.get().host() != Host.DYNATRACE && site.kind() != CallKind.CONFIG && !distinctive) {
            return none(why, "no catalog operation matches " + (method == null ? "?" : method) + " " + path
                    + " and the host is not known to be Dynatrace's");
        }
        Resolution resolution = switch (site.kind()) {
            case INTERFACE -> Resolution.ANNOTATION;
            case CONFIG -> c.file().file().endsWith(".java") ? r.mainKind() : Resolution.CONFIGURATION;
            case CODE, VERB -> c.passedIn().isEmpty() ? r.mainKind() : passedKind(c, resolver);
        };
        ClientId client = site.kind() == CallKind.VERB ? ClientId.VERB_NAMED : site.client();
        return Optional.of(new ApiCall(method, path, op, resolution, site.location(), className, client.id(),
                c.via()));
    }

    /**
     * Whether part of an unresolved URL is read at run time (a property, a configured field, a
     * getter), not only handed in by a caller as a parameter: the code sends a request whose path
     * only its configuration knows.
     */
    private static boolean readAtRunTime(Resolved r, CallSite site) {
        for (Resolved.Piece p : r.pieces()) {
            if (p.isHole() && !site.params().contains(p.hole())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the URL starts with a literal host that is not Dynatrace's. */
    private boolean otherHost(Resolved r) {
        if (r.pieces().isEmpty() || r.pieces().get(0).isHole()) {
            return false;
        }
        String t = r.pieces().get(0).text();
        int scheme = t.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        int end = t.indexOf('/', scheme + 3);
        String host = (end < 0 ? t.substring(scheme + 3) : t.substring(scheme + 3, end)).toLowerCase(Locale.ROOT);
        return !host.isEmpty() && !host.contains("dynatrace") && !host.startsWith("{");
    }

    private static final Set<String> HTTP_VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE");

    /** The HTTP method a resolved value names: text {@code "POST"}, or an unknown {@code HttpMethod.POST}. */
    private static String verbOf(Resolved r) {
        if (r.pieces().size() != 1) {
            return null;
        }
        Resolved.Piece p = r.pieces().get(0);
        String v = (p.isHole() ? p.hole() : p.text()).strip().toUpperCase(Locale.ROOT);
        return HTTP_VERBS.contains(v) ? v : null;
    }

    /** False when a guard around the site says this caller's method takes another branch. */
    private static boolean guardsHold(Candidate c, ConstantResolver resolver) {
        for (Guard g : c.site().guards()) {
            String selector = verbOf(resolver.resolve(g.selector(), c.file(), c.params()));
            if (selector == null) {
                continue;
            }
            boolean in = false;
            boolean known = true;
            for (StrExpr v : g.values()) {
                String value = verbOf(resolver.resolve(v, c.file(), c.params()));
                if (value == null) {
                    known = false;
                    break;
                }
                in |= value.equals(selector);
            }
            if (known && in == g.negated()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The class a call is bound by. A call made through a wrapper sits in its caller's class, but
     * the token is usually read where the client is: when the caller reads no environment variable
     * and the wrapper's class does, the call takes the wrapper's class.
     */
    private static String classFor(Candidate c, Run run) {
        String caller = c.site().className();
        if (!c.wrapperClass().isEmpty() && !run.classesReadingEnv.contains(caller)
                && run.classesReadingEnv.contains(c.wrapperClass())) {
            return c.wrapperClass();
        }
        return caller;
    }

    /** How the arguments a caller passed into a wrapper were resolved. */
    private static Resolution passedKind(Candidate c, ConstantResolver resolver) {
        List<Resolved> parts = new ArrayList<>();
        for (StrExpr e : c.passedIn()) {
            parts.add(resolver.resolve(e, c.file(), Map.of()));
        }
        return Resolved.join(parts, null).mainKind();
    }

    private Operation match(String method, String path) {
        return catalog.match(method, path).orElse(null);
    }

    private static boolean anyMarker(Set<String> files, ConstantResolver resolver) {
        for (String f : files) {
            FileFacts ff = resolver.file(f);
            if (ff != null && ff.dynatraceMarker()) {
                return true;
            }
        }
        return false;
    }

    /** An unresolved URL counts as a Dynatrace call when an unknown part or the class is named for Dynatrace. */
    private static boolean looksLikeDynatrace(Resolved r, CallSite site) {
        for (Resolved.Piece p : r.pieces()) {
            if (p.isHole() && DynatraceNames.matches(p.hole())) {
                return true;
            }
        }
        String simple = site.className().substring(site.className().lastIndexOf('.') + 1);
        return simple.toLowerCase(Locale.ROOT).contains("dynatrace");
    }

    private List<AuthHeader> headers(List<FileFacts> files, ConstantResolver resolver, Set<String> dynatraceMethods,
                                     Set<String> dynatraceClasses, Set<String> clientMethods) {
        List<AuthHeader> out = new ArrayList<>();
        for (FileFacts f : files) {
            for (HeaderSite h : f.headers()) {
                String realm = h.fixedRealm();
                if (realm == null) {
                    Resolved name = resolver.resolve(h.name(), f, Map.of());
                    if (!name.isText() || !name.render().strip().equalsIgnoreCase("Authorization")) {
                        continue;
                    }
                    Resolved value = resolver.resolve(h.value(), f, Map.of());
                    if (value.pieces().isEmpty() || value.pieces().get(0).isHole()) {
                        continue;
                    }
                    String text = value.pieces().get(0).text().strip();
                    int sp = text.indexOf(' ');
                    realm = sp > 0 ? text.substring(0, sp) : value.pieces().size() > 1 ? text : "";
                    if (!REALM.matcher(realm).matches() || realm.startsWith("dt0")) {
                        continue; // no realm written: the value starts with the token itself, which is never kept
                    }
                }
                String method = f.file() + "|" + h.enclosingMethod();
                boolean near = dynatraceMethods.contains(method)
                        || !clientMethods.contains(method) && dynatraceClasses.contains(h.className());
                if (near) {
                    out.add(new AuthHeader(h.location(), realm, h.className()));
                }
            }
        }
        out.sort(Comparator.comparing(AuthHeader::location));
        return out;
    }

    private static List<EnvRead> envReads(List<FileFacts> files, ConstantResolver resolver) {
        List<EnvRead> out = new ArrayList<>();
        for (FileFacts f : files) {
            for (EnvSite e : f.envReads()) {
                Resolved name = resolver.resolve(e.name(), f, Map.of());
                if (name.isText() && !name.render().isBlank()) {
                    out.add(new EnvRead(name.render().strip(), e.className(), e.location()));
                }
            }
        }
        out.sort(Comparator.comparing(EnvRead::location));
        return out;
    }
}
