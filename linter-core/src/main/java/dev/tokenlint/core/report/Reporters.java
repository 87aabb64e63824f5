package dev.tokenlint.core.report;

import java.util.List;
import java.util.Optional;

/** The built-in output formats. */
public final class Reporters {

    private final List<Reporter> reporters;

    public Reporters() {
        this.reporters = List.of(new TextReporter(), new JsonReporter(), new SarifReporter(), new HtmlReporter(), new MarkdownReporter());
    }

    /** All formats, in the order they are documented. */
    public List<Reporter> all() {
        return reporters;
    }

    /** The reporter for {@code format}. */
    public Optional<Reporter> forFormat(String format) {
        return reporters.stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst();
    }

    /** The format ids, for help texts and error messages. */
    public List<String> formats() {
        return reporters.stream().map(Reporter::format).toList();
    }
}
