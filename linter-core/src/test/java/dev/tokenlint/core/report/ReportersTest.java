package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportersTest {

    private final Reporters reporters = new Reporters();

    @Test
    void allFiveFormatsInDocumentedOrder() {
        assertThat(reporters.formats()).containsExactly("text", "json", "sarif", "html", "markdown");
        assertThat(reporters.all()).extracting(Reporter::fileExtension)
                .containsExactly("txt", "json", "sarif", "html", "md");
    }

    @Test
    void lookupIgnoresCase() {
        assertThat(reporters.forFormat("SARIF")).containsInstanceOf(SarifReporter.class);
        assertThat(reporters.forFormat("pdf")).isEmpty();
    }
}
