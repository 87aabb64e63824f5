package dev.tokenlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.report.ReportDirectory;
import dev.tokenlint.core.report.Reporters;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    private final ReportDirectory reports = new ReportDirectory(new Reporters());

    @Test
    void pomListsAndCommaSeparatedValuesMix() throws MojoExecutionException {
        assertThat(ReportFormats.ids(List.of("text, sarif", "html", " "), reports))
                .containsExactly("text", "sarif", "html");
        assertThat(ReportFormats.ids(null, reports)).isEmpty();
    }

    @Test
    void anUnknownFormatNamesTheFormatsParameterNotFailOn() {
        assertThatThrownBy(() -> ReportFormats.ids(List.of("text,xml"), reports))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("tokenlint: formats: unknown report format 'xml'; known formats: ")
                .hasMessageContaining("sarif")
                .hasMessageNotContaining("failOn");
    }
}
