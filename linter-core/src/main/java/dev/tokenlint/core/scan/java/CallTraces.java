package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.CallTrace;
import dev.tokenlint.core.scan.RelatedLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the link passes concluded about the candidates of the explained files, and why
 * ({@code tokenlint scan --explain-calls}). Records nothing when no file is explained.
 */
final class CallTraces {

    private final Set<String> traceFiles;
    private final ConstantResolver resolver;
    private final List<CallTrace> traces = new ArrayList<>();

    CallTraces(Set<String> traceFiles, ConstantResolver resolver) {
        this.traceFiles = traceFiles;
        this.resolver = resolver;
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

    /** Records, for an explained candidate, the URL as far as it resolves and the verdict. */
    void add(Candidate c, String verdict, ApiCall call) {
        String url;
        try {
            url = PathNormalizer.shownUnresolved(resolver.resolve(c.url(), c.file(), c.params()));
        } catch (RuntimeException e) {
            url = "(could not be read: " + e.getClass().getSimpleName() + ")";
        }
        traces.add(new CallTrace(c.site().location(), c.site().client().id(), url, verdict, call, c.via()));
    }

    /** The traces without repeats, by location, URL and verdict. */
    List<CallTrace> sorted() {
        List<CallTrace> out = new ArrayList<>(new LinkedHashSet<>(traces));
        out.sort(Comparator.comparing(CallTrace::location).thenComparing(CallTrace::url)
                .thenComparing(CallTrace::verdict));
        return out;
    }

    /** The first few callers' locations, for a trace. */
    static String callers(List<Candidate> derived) {
        List<String> at = derived.stream().map(d -> d.site().location().toString()).distinct().sorted().toList();
        return at.size() <= 5 ? String.join(", ", at)
                : String.join(", ", at.subList(0, 5)) + " and " + (at.size() - 5) + " more";
    }
}
