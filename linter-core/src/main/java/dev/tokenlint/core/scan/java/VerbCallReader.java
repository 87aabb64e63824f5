package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.util.Optional;
import java.util.Set;

/**
 * Reads verb-named methods that are no known client ({@code sender.put(url)},
 * {@code executePagedGetRequest(X)}): home-grown wrappers are named after the HTTP method they
 * send, so such a call is kept as a possible request, which the link phase keeps only when its
 * path matches an operation that accepts the verb.
 */
final class VerbCallReader {

    /** Receivers whose verb-named methods are collections, not requests. */
    private static final Set<String> NOT_HTTP_RECEIVERS = Set.of("Map", "HashMap", "LinkedHashMap", "TreeMap",
            "ConcurrentHashMap", "Properties", "List", "ArrayList", "Set", "HashSet", "Optional", "Cache",
            "JsonNode", "ObjectNode", "JSONObject", "JsonObject", "Multimap", "Environment", "Config",
            "HttpHeaders", "MultiValueMap", "Headers", "Preferences", "Field", "Method");

    private final UnitContext ctx;
    private final boolean marker;

    /** {@code marker}: whether the file names Dynatrace ({@link JavaFileExtractor#hasDynatraceMarker}). */
    VerbCallReader(UnitContext ctx, boolean marker) {
        this.ctx = ctx;
        this.marker = marker;
    }

    /** The possible request {@code c} makes, if its name is a verb's and its first argument may be a path. */
    Optional<CallSite> fromCall(MethodCallExpr c) {
        if (c.getArguments().isEmpty()) {
            return Optional.empty();
        }
        String verb = VerbNames.verbOf(c.getNameAsString());
        if (verb == null) {
            return Optional.empty();
        }
        Expression first = c.getArgument(0);
        StrExpr url = ctx.reader().read(first);
        if (url instanceof Hole h && (!h.param() || !marker)) {
            // nothing that can become a path here, or only a parameter in code that never names Dynatrace
            return Optional.empty();
        }
        if (first.isClassExpr() || first.isLambdaExpr() || first.isMethodReferenceExpr() || first.isBooleanLiteralExpr()
                || first.isObjectCreationExpr() && !first.asObjectCreationExpr().getType().getNameAsString()
                .matches("URI|URL|GenericUrl|StringBuilder")) {
            return Optional.empty();
        }
        String receiver = ctx.receiverType(c);
        if (NOT_HTTP_RECEIVERS.contains(receiver)) {
            return Optional.empty();
        }
        return Optional.of(new CallSite(ctx.at(c.getName()), verb, url, ClientId.VERB_NAMED, ctx.topLevel(c),
                CallKind.VERB, receiver, "", ctx.methodKey(c), ctx.params(c)));
    }
}
