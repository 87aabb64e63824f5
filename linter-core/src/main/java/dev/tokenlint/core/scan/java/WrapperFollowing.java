package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.RelatedLocation;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.ConstantDef;
import dev.tokenlint.core.scan.java.FileFacts.Guard;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Format;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The link pass for in-house wrappers: a candidate whose URL path needs parameters of its method
 * is decided at that method's callers instead, each caller's arguments bound to the parameters,
 * up to {@link #MAX_WRAPPER_DEPTH} wrappers deep and within a budget of candidates per run. Also
 * remembers the wrapper types, whose mention makes a file the prefilter skipped worth reading.
 */
final class WrapperFollowing {

    /** How many wrappers deep callers are followed. */
    static final int MAX_WRAPPER_DEPTH = 5;

    /** Most candidates one link run follows through wrappers, over all levels. */
    private static final int MAX_CANDIDATES = 30_000;

    /**
     * A name called this often on receivers of unknown type ties such a call to the wrapper only when
     * the call hands it text for the URL (a literal, a constant, a concatenation), not a bare variable:
     * {@code apiClient.invokeAPI("/reports", ..)} through an inherited field, not {@code map.get(key)}.
     */
    private static final int FREQUENT_NAME = 100;

    /** A name called this often on receivers of unknown type is too common to tie such calls to one wrapper. */
    private static final int COMMON_NAME = 1_000;

    /** Path fragments of the catalog's API families, the sign of a constant that names an endpoint. */
    private static final List<String> API_PATH_FRAGMENTS = List.of("api/v1", "api/v2", "api/config/");

    private final PermissionCatalog catalog;
    private final PathNormalizer normalizer;
    private final ConstantResolver resolver;
    private final SourceIndex index;
    private final CallTraces traces;

    /** Each followed wrapper's candidate with the candidates made at its callers. */
    private final List<Map.Entry<Candidate, List<Candidate>>> followed = new ArrayList<>();
    private final Set<String> wrapperTypes = new TreeSet<>();
    /** Candidates this run may still decide or follow before it stops following wrappers. */
    private int budget = MAX_CANDIDATES;
    private boolean following = true;

    WrapperFollowing(PermissionCatalog catalog, PathNormalizer normalizer, ConstantResolver resolver,
                     SourceIndex index, CallTraces traces) {
        this.catalog = catalog;
        this.normalizer = normalizer;
        this.resolver = resolver;
        this.index = index;
        this.traces = traces;
    }

    /** Counts a level's candidates against the budget: bounded work on any input, what is left is decided where it is. */
    void spend(int candidates) {
        budget -= candidates;
        if (budget < 0) {
            following = false;
        }
    }

    /**
     * Follows {@code c} to the callers of its method when its path needs the method's parameters:
     * the candidates made at the callers go to {@code next}, and true is returned. False when
     * {@code c} is to be decided where it is.
     */
    boolean follow(Candidate c, int level, List<Candidate> next) {
        Set<String> wrapperParams = ParamHoles.of(c.url(), c.site().params());
        if (!wrapperParams.isEmpty() && !pathNeedsParams(c, wrapperParams)) {
            // the parameters only give the host (dynatraceUrl + PATH): a call in its own right
            wrapperParams = Set.of();
        }
        if (!wrapperParams.isEmpty() && callersMayMatter(c) && !c.site().enclosingMethod().type().isEmpty()) {
            wrapperTypes.add(c.site().enclosingMethod().type());
        }
        if (!wrapperParams.isEmpty() && level < MAX_WRAPPER_DEPTH && following) {
            List<Candidate> derived = atCallers(c);
            if (!derived.isEmpty()) {
                next.addAll(derived);
                followed.add(Map.entry(c, derived));
                if (traces.traced(c)) {
                    traces.add(c, "the URL takes parameter(s) " + new TreeSet<>(wrapperParams)
                            + " of " + c.site().enclosingMethod().shown() + ": decided at its "
                            + derived.size() + " caller(s): " + CallTraces.callers(derived), null);
                }
                return true;
            }
            if (traces.traced(c)) {
                traces.add(c, "the URL takes parameter(s) " + new TreeSet<>(wrapperParams) + " of "
                        + c.site().enclosingMethod().shown() + ", but no caller of it was found in the sources"
                        + " scanned; decided here", null);
            }
        } else if (!wrapperParams.isEmpty() && traces.traced(c)) {
            traces.add(c, "the URL takes parameter(s) " + new TreeSet<>(wrapperParams)
                    + ", but callers are not followed further here (" + (following
                    ? "at most " + MAX_WRAPPER_DEPTH + " wrappers deep" : "the scan's link budget is spent")
                    + "); decided here", null);
        }
        return false;
    }

    /** Each followed wrapper's candidate with the candidates made at its callers, in the order followed. */
    List<Map.Entry<Candidate, List<Candidate>>> followed() {
        return followed;
    }

    /**
     * The wrapper types, their subclasses in the source set (a caller names the subclass it holds,
     * not the wrapper it inherits from) and the types holding API path constants.
     */
    Set<String> typesWorthFollowing(List<FileFacts> files) {
        Set<String> out = new TreeSet<>(wrapperTypes);
        for (String type : index.types().types()) {
            if (wrapperTypes.stream().anyMatch(w -> index.types().isSubtype(type, w))) {
                out.add(type);
            }
        }
        for (FileFacts f : files) {
            for (ConstantDef c : f.constants()) {
                if (namesApiPath(c.value()) || c.enumArgs().stream().anyMatch(WrapperFollowing::namesApiPath)) {
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
            return c.parts().stream().anyMatch(WrapperFollowing::namesApiPath);
        }
        return e instanceof StrExpr.Format f && namesApiPath(f.pattern());
    }

    /**
     * Whether the path part of {@code c}'s URL depends on the method's parameters in a way only its
     * callers can settle. Not when the parameters only give the origin ({@code dynatraceUrl + PATH}),
     * nor when they only fill segments of a path that already matches an operation
     * ({@code ENTITIES + "/" + entityId}): the method then makes the call itself.
     */
    private boolean pathNeedsParams(Candidate c, Set<String> params) {
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
    private List<Candidate> atCallers(Candidate c) {
        MethodKey key = c.site().enclosingMethod();
        if (key.isNone()) {
            return List.of();
        }
        String type = key.type();
        String name = key.name();
        int arity = key.arity();
        List<Candidate> out = new ArrayList<>();
        List<Invocation> named = index.invocationsNamed(name);
        boolean common = named.size() > COMMON_NAME;
        for (Invocation inv : named) {
            if (inv.args().size() != arity
                    || !inv.receiverType().isEmpty() && !index.types().related(inv.receiverType(), type)
                    && !staticallyImported(index.fileOf(inv), type, name)
                    || inv.receiverType().isEmpty() && common
                    || inv.receiverType().isEmpty() && named.size() > FREQUENT_NAME
                    && !givesPathText(inv, c.site().params(), c.url())) {
                continue;
            }
            if (inv.enclosingMethod().equals(key)) {
                continue; // recursion
            }
            FileFacts callerFile = index.fileOf(inv);
            Map<String, StrExpr> bound = new HashMap<>();
            for (int i = 0; i < arity && i < c.site().params().size(); i++) {
                bound.put(c.site().params().get(i), new Scoped(callerFile.file(), inv.args().get(i)));
            }
            String own = c.file().file();
            StrExpr url = new Scoped(own, substitute(c.url(), bound));
            List<StrExpr> passed = new ArrayList<>();
            for (int i = 0; i < arity && i < c.site().params().size(); i++) {
                if (ParamHoles.uses(c.url(), c.site().params().get(i))) {
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
                via.add(new RelatedLocation(inv.location(), "gives the base URL here, calling " + key.shown()));
            } else if (c.via().isEmpty()) {
                via.add(new RelatedLocation(s0.location(), "the request is sent here (" + s0.client().id() + "), in "
                        + key.shown()));
            } else {
                via.add(new RelatedLocation(s0.location(), "passes the URL on here, calling "
                        + c.calls().shown()));
            }
            out.add(new Candidate(site, url, c.anchored() ? c.file() : callerFile, Map.of(), evidence, passed,
                    wrapperClass, hint, false, c.anchored(), via, key));
        }
        return out;
    }

    /** Whether an argument bound to a parameter the URL uses is more than a bare unknown value. */
    private static boolean givesPathText(Invocation inv, List<String> params, StrExpr url) {
        for (int i = 0; i < params.size() && i < inv.args().size(); i++) {
            StrExpr a = inv.args().get(i);
            if (ParamHoles.uses(url, params.get(i)) && !(a instanceof Hole)) {
                return true;
            }
        }
        return false;
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

    /** {@code e} with the wrapper's parameter holes replaced by the caller's arguments. */
    private static StrExpr substitute(StrExpr e, Map<String, StrExpr> bound) {
        if (e instanceof Hole h && h.param() && bound.containsKey(h.name())) {
            return bound.get(h.name());
        }
        return e.mapChildren(p -> substitute(p, bound));
    }

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
        return leaves(e).anyMatch(l -> l instanceof StrExpr.Lit lit
                && lit.value().toLowerCase(Locale.ROOT).contains("api"));
    }

    /**
     * Whether {@code url} is made of holes alone (parameters, run-time values) and punctuation: a
     * wrapper with such a URL adds nothing of its own, so a caller can make it a Dynatrace call only
     * with an API path or Dynatrace evidence of its own, and a file with either is parsed anyway.
     * Such a wrapper's mention alone does not make a skipped file worth reading.
     */
    private static boolean isOpen(StrExpr url) {
        return leaves(url).allMatch(l -> l instanceof Hole || l instanceof StrExpr.Lit lit
                && lit.value().replaceAll("%[sd]", "").chars().noneMatch(Character::isLetterOrDigit));
    }

    /**
     * The parts a URL's text is put together from: through concatenations, format patterns and
     * their arguments and a caller's scope; anything else (a literal, a hole, a reference, a call) is a leaf.
     */
    private static Stream<StrExpr> leaves(StrExpr e) {
        if (e instanceof Concat c) {
            return c.parts().stream().flatMap(WrapperFollowing::leaves);
        }
        if (e instanceof Format f) {
            return Stream.concat(leaves(f.pattern()), f.args().stream().flatMap(WrapperFollowing::leaves));
        }
        if (e instanceof Scoped s) {
            return leaves(s.expr());
        }
        return Stream.of(e);
    }
}
