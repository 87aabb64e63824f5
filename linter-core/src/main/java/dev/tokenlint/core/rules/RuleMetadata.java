package dev.tokenlint.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A rule's identity and documentation.
 *
 * @param id              kebab-case id
 * @param defaultSeverity severity unless the config re-grades it
 * @param summary         one line
 * @param options         option keys the rule accepts
 * @param doc             the markdown documentation page (what, why, how to fix, example), empty if missing
 */
public record RuleMetadata(String id, Severity defaultSeverity, String summary, List<String> options, String doc) {

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        options = List.copyOf(options);
        doc = doc == null ? "" : doc;
    }

    /** Reads the {@link RuleInfo} of {@code ruleClass} and its doc page resource. */
    public static RuleMetadata of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo annotation");
        }
        return new RuleMetadata(info.id(), info.severity(), info.summary(), List.of(info.options()),
                readDoc(ruleClass, info.id()));
    }

    private static String readDoc(Class<?> ruleClass, String id) {
        String resource = "/META-INF/tokenlint/rules/" + id + ".md";
        try (InputStream in = ruleClass.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
