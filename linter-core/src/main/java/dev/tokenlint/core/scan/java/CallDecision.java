package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.Guard;
import dev.tokenlint.core.scan.java.PathNormalizer.Host;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last link pass: decides one candidate. Checks the method guards around the site, finds the
 * HTTP method, resolves and normalises the URL ({@link PathNormalizer}), matches the catalog, and
 * keeps the call only with evidence that it goes to Dynatrace (its host, a file that names
 * Dynatrace, a path no other product has); a URL known only at run time in Dynatrace code is an
 * unresolved call. Records why when the candidate is explained.
 */
final class CallDecision {

    /** Paths that no other product uses: a call to one of them needs no further evidence. */
    private static final List<String> DISTINCTIVE = List.of("/api/config/v1/", "/api/v2/otlp/",
            "/api/v2/metrics/ingest", "/api/v1/timeseries/custom:", "/api/v1/entity/infrastructure/custom/",
            "/api/v2/apiTokens");

    private static final Set<String> HTTP_VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE");

    private final PermissionCatalog catalog;
    private final PathNormalizer normalizer;
    private final ConstantResolver resolver;
    private final SourceIndex index;
    private final CallTraces traces;

    CallDecision(PermissionCatalog catalog, PathNormalizer normalizer, ConstantResolver resolver, SourceIndex index,
                 CallTraces traces) {
        this.catalog = catalog;
        this.normalizer = normalizer;
        this.resolver = resolver;
        this.index = index;
        this.traces = traces;
    }

    /** The call {@code c} makes, empty when it is not a Dynatrace call; the verdict is recorded when explained. */
    Optional<ApiCall> decide(Candidate c) {
        StringBuilder why = traces.traced(c) ? new StringBuilder() : null;
        Optional<ApiCall> call = decideWhy(c, why);
        if (why != null) {
            traces.add(c, call.map(CallDecision::verdictOf).orElse(why.toString()), call.orElse(null));
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
    private Optional<ApiCall> decideWhy(Candidate c, StringBuilder why) {
        CallSite site = c.site();
        if (!guardsHold(c)) {
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
        String className = classFor(c);
        Resolved r = resolver.resolve(c.url(), c.file(), c.params());
        Optional<PathNormalizer.Normalized> n = normalizer.normalize(r);
        boolean fileEvidence = c.file().dynatraceMarker() || anyMarker(r.files()) || anyMarker(c.evidenceFiles());
        if (n.isEmpty()) {
            if (site.kind() == CallKind.CONFIG) {
                return Optional.of(new ApiCall(site.method(), "/api/v2/metrics/ingest",
                        match(site.method(), "/api/v2/metrics/ingest"), Resolution.CONFIGURATION, site.location(),
                        className, site.client().id(), c.via()));
            }
            if (site.kind() == CallKind.CODE && !r.isText() && !PathNormalizer.otherHost(r)
                    && (looksLikeDynatrace(r, site) || c.file().dynatraceMarker() && readAtRunTime(r, site))) {
                return Optional.of(new ApiCall(method, PathNormalizer.shownUnresolved(r), null,
                        Resolution.UNRESOLVED,
                        site.location(), className, site.client().id(), c.via()));
            }
            if (r.isText()) {
                return none(why, "the URL is fully known and holds no Dynatrace API path (/api/...)");
            }
            if (PathNormalizer.otherHost(r)) {
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
            case CODE, VERB -> c.passedIn().isEmpty() ? r.mainKind() : passedKind(c);
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
    private boolean guardsHold(Candidate c) {
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
    private String classFor(Candidate c) {
        String caller = c.site().className();
        if (!c.wrapperClass().isEmpty() && !index.readsEnv(caller) && index.readsEnv(c.wrapperClass())) {
            return c.wrapperClass();
        }
        return caller;
    }

    /** How the arguments a caller passed into a wrapper were resolved. */
    private Resolution passedKind(Candidate c) {
        List<Resolved> parts = new ArrayList<>();
        for (StrExpr e : c.passedIn()) {
            parts.add(resolver.resolve(e, c.file(), Map.of()));
        }
        return Resolved.join(parts, null).mainKind();
    }

    private Operation match(String method, String path) {
        return catalog.match(method, path).orElse(null);
    }

    private boolean anyMarker(Set<String> files) {
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
}
