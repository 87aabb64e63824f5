package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.Guard;
import dev.tokenlint.core.scan.java.SourceIndex.Write;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The link pass for stateful wrappers: a call site that reads its URL, method or method guard
 * from fields of its class becomes one candidate per method that assigns such a field, with the
 * values it assigns put in and that method's parameters as the site's own, so the callers of a
 * setter or constructor are followed like the callers of any wrapper ({@link WrapperFollowing}).
 */
final class FieldExpansion {

    private static final int MAX_FIELD_DEPTH = 3;

    private final SourceIndex index;
    private final ConstantResolver resolver;
    private final PathNormalizer normalizer;

    FieldExpansion(SourceIndex index, ConstantResolver resolver, PathNormalizer normalizer) {
        this.index = index;
        this.resolver = resolver;
        this.normalizer = normalizer;
    }

    /**
     * One candidate per method that assigns a field {@code c} reads for its URL, method or guard.
     * Fields assigned only constant values elsewhere are put in too. Empty when nothing about the
     * call depends on such a field.
     */
    List<Candidate> expand(Candidate c) {
        String type = c.site().enclosingMethod().type();
        if (type.isEmpty() || index.noFieldWrites()) {
            return List.of();
        }
        Set<String> urlFields = new TreeSet<>();
        // A URL that also needs this method's parameters stays in this method: only fields given constant
        // values are put in here, and the callers give the rest (moving to a setter's context would lose them).
        boolean ownParams = !ParamHoles.of(c.url(), c.site().params()).isEmpty();
        collectFieldRefs(c.url(), c.file().file(), c.file().file(), urlFields);
        Set<String> otherFields = new TreeSet<>();
        if (c.site().method() == null && c.site().methodExpr() != null) {
            collectFieldRefs(c.site().methodExpr(), c.file().file(), c.file().file(), otherFields);
        }
        for (Guard g : c.site().guards()) {
            collectFieldRefs(g.selector(), c.file().file(), c.file().file(), otherFields);
            g.values().forEach(v -> collectFieldRefs(v, c.file().file(), c.file().file(), otherFields));
        }
        Map<String, List<Write>> writes = new TreeMap<>();
        for (String f : union(urlFields, otherFields)) {
            if (resolver.lookup(f, c.file()).isPresent()) {
                continue; // a constant after all
            }
            List<Write> ws = new ArrayList<>();
            for (Write w : index.writesOf(f)) {
                if (index.types().related(w.write().type(), type)) {
                    ws.add(w);
                }
            }
            if (!ws.isEmpty()) {
                writes.put(f, ws);
            }
        }
        urlFields.retainAll(writes.keySet());
        otherFields.retainAll(writes.keySet());
        if (writes.isEmpty() || urlFields.isEmpty() && pathKnown(c) && otherFields.isEmpty()) {
            return List.of();
        }
        if (!urlFields.isEmpty() && pathKnown(c)) {
            urlFields.clear(); // the fields only give the host: keep what the path says
        }
        // the methods that write them, in a stable order
        Map<MethodKey, Map<String, Write>> byMethod = new TreeMap<>();
        for (Map.Entry<String, List<Write>> e : writes.entrySet()) {
            for (Write w : e.getValue()) {
                byMethod.computeIfAbsent(w.write().enclosingMethod(), k -> new LinkedHashMap<>()).put(e.getKey(), w);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<MethodKey, Map<String, Write>> m : byMethod.entrySet()) {
            Map<String, Write> here = m.getValue();
            if (ownParams && here.values().stream().anyMatch(w -> !ParamHoles.of(w.write().value(),
                    w.write().params()).isEmpty())) {
                continue;
            }
            if (!urlFields.isEmpty() && Collections.disjoint(here.keySet(), urlFields)) {
                continue; // writes only the method: the URL stays unknown here
            }
            if (urlFields.isEmpty() && Collections.disjoint(here.keySet(), otherFields)) {
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
            MethodKey context = ownParams ? c.site().enclosingMethod() : m.getKey();
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
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    /** The one value every write of a field gives, when none depends on a parameter. */
    private static Optional<StrExpr> constantWrite(List<Write> writes) {
        StrExpr only = null;
        for (Write w : writes) {
            if (!ParamHoles.of(w.write().value(), w.write().params()).isEmpty()) {
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
    private boolean pathKnown(Candidate c) {
        return normalizer.normalize(resolver.resolve(c.url(), c.file(), c.params())).isPresent();
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
}
