package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.AuthHeader;
import dev.tokenlint.core.scan.CallTrace;
import dev.tokenlint.core.scan.EnvRead;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.FileFacts.Guard;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase 2 of the scan: links the per-file facts of the whole source set (see docs/architecture.md).
 * Runs the link passes in order: {@link InterfaceBases} makes the first candidates of interface
 * clients and drops server contracts; then, level by level, {@link FieldExpansion} replaces the
 * fields a site reads by their writes, {@link WrapperFollowing} moves a candidate whose path needs
 * its method's parameters to that method's callers, and {@link CallDecision} decides the rest;
 * {@link AuthHeaders} last finds the headers near the calls made. Values are resolved across files
 * by {@link ConstantResolver} throughout.
 */
public final class CallLinker {

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

    public Linked link(List<FileFacts> files) {
        return new Run(files).link();
    }

    /** One link run over one source set: its passes and what they collect. */
    private final class Run {
        private final List<FileFacts> files;
        private final ConstantResolver resolver;
        private final List<EnvRead> envReads;
        private final SourceIndex index;
        private final CallTraces traces;
        private final InterfaceBases bases;
        private final FieldExpansion fields;
        private final WrapperFollowing wrappers;
        private final CallDecision decision;

        private final List<ApiCall> calls = new ArrayList<>();
        /** Methods that make a Dynatrace call. */
        private final Set<MethodInFile> dynatraceMethods = new HashSet<>();
        private final Set<String> dynatraceClasses = new HashSet<>();
        private final List<InputProblem> problems = new ArrayList<>();

        Run(List<FileFacts> files) {
            this.files = files;
            resolver = new ConstantResolver(files);
            envReads = envReads(files, resolver);
            index = new SourceIndex(files, resolver.types(), envReads);
            traces = new CallTraces(traceFiles, resolver);
            bases = new InterfaceBases(files);
            fields = new FieldExpansion(index, resolver, normalizer);
            wrappers = new WrapperFollowing(catalog, normalizer, resolver, index, traces);
            decision = new CallDecision(catalog, normalizer, resolver, index, traces);
        }

        Linked link() {
            List<Candidate> candidates = firstCandidates();
            Set<MethodInFile> clientMethods = new HashSet<>();
            for (Candidate c : candidates) {
                if (c.site().kind() == CallKind.CODE) {
                    clientMethods.add(new MethodInFile(c.file().file(), c.site().enclosingMethod()));
                }
            }
            List<Candidate> work = candidates;
            for (int level = 0; level <= WrapperFollowing.MAX_WRAPPER_DEPTH && !work.isEmpty(); level++) {
                List<Candidate> next = new ArrayList<>();
                wrappers.spend(work.size());
                for (Candidate c : work) {
                    try {
                        link(c, level, next);
                    } catch (RuntimeException e) {
                        // One odd expression must not stop the scan: say where, and go on.
                        problems.add(new InputProblem(c.site().location(), "could not resolve this request ("
                                + e.getClass().getSimpleName() + ")", "source"));
                    }
                }
                work = distinct(next);
            }
            markWrappersOfCalls();
            List<ApiCall> distinct = new ArrayList<>(dedupe(calls).values());
            distinct.sort(Comparator.comparing(ApiCall::location).thenComparing(ApiCall::endpoint));
            return new Linked(distinct, AuthHeaders.near(files, resolver, dynatraceMethods, dynatraceClasses,
                    clientMethods), envReads, resolver.missingTypes(), wrappers.typesWorthFollowing(files), problems,
                    traces.sorted());
        }

        /** The call sites of the files as candidates: interface mappings joined with their bases, server contracts left out. */
        private List<Candidate> firstCandidates() {
            Set<String> webClientConfiguration = bases.webClientConfiguration(resolver);
            List<Candidate> candidates = new ArrayList<>();
            for (FileFacts f : files) {
                for (CallSite c : f.calls()) {
                    if (bases.implementedInSources(c)) {
                        continue;
                    }
                    List<Candidate> joined = bases.joined(c, f);
                    if (!joined.isEmpty()) {
                        candidates.addAll(joined);
                        continue;
                    }
                    Set<String> evidence = Set.of();
                    if (c.kind() == CallKind.VERB && !c.interfaceName().isEmpty()) {
                        // the receiver's class may be the one documented as the Dynatrace client
                        evidence = new HashSet<>(index.filesDeclaring(c.interfaceName()));
                    } else if (ClientId.SPRING_WEBCLIENT.equals(c.client()) && !f.dynatraceMarker()) {
                        evidence = webClientConfiguration;
                    }
                    candidates.add(new Candidate(c, c.url(), f, Map.of(), evidence));
                }
            }
            return candidates;
        }

        /** Decides one candidate: a call, a wrapper to follow (its callers go to {@code next}), or nothing. */
        private void link(Candidate c, int level, List<Candidate> next) {
            if (!c.fieldsExpanded()) {
                List<Candidate> expanded = fields.expand(c);
                if (!expanded.isEmpty()) {
                    if (traces.traced(c)) {
                        traces.add(c, "reads fields of its class for the URL or method: decided once for each of "
                                + expanded.size() + " method(s) that assign them", null);
                    }
                    for (Candidate e : expanded) {
                        link(e, level, next);
                    }
                    return;
                }
            }
            if (wrappers.follow(c, level, next)) {
                return;
            }
            decision.decide(c).ifPresent(call -> {
                calls.add(call);
                dynatraceMethods.add(new MethodInFile(c.file().file(), c.site().enclosingMethod()));
                dynatraceClasses.add(call.className());
            });
        }

        /** A wrapper whose callers made Dynatrace calls is a Dynatrace method too (its headers count). */
        private void markWrappersOfCalls() {
            Set<Location> callSites = new HashSet<>();
            for (ApiCall call : calls) {
                callSites.add(call.location());
            }
            for (Map.Entry<Candidate, List<Candidate>> w : wrappers.followed()) {
                Candidate wrapper = w.getKey();
                boolean any = false;
                for (Candidate d : w.getValue()) {
                    any |= callSites.contains(d.site().location());
                }
                if (any) {
                    dynatraceMethods.add(new MethodInFile(wrapper.file().file(), wrapper.site().enclosingMethod()));
                    dynatraceClasses.add(wrapper.site().className());
                }
            }
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

    /** Candidates of one level without repeats (the same site and expressions reached by two ways). */
    private static List<Candidate> distinct(List<Candidate> next) {
        record Key(Location at, StrExpr url, StrExpr methodExpr, List<Guard> guards, String verbHint, MethodKey method) {
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

    /** The environment variables and properties read, by name, where the name resolves to text. */
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
