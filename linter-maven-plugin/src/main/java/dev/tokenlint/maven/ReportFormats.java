package dev.tokenlint.maven;

import dev.tokenlint.core.report.ReportDirectory;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report formats the {@code formats} parameter asks for. A pom gives a list, the command line one
 * comma-separated value ({@code -Dtokenlint.formats=text,sarif}); both may mix.
 */
final class ReportFormats {

    private ReportFormats() {
    }

    /**
     * The format ids of {@code formats}, each entry split at commas, checked against the known formats.
     *
     * @throws MojoExecutionException naming {@code formats}, the unknown value and the known ones
     */
    static List<String> ids(List<String> formats, ReportDirectory reports) throws MojoExecutionException {
        List<String> ids = new ArrayList<>();
        for (String entry : formats == null ? List.<String>of() : formats) {
            for (String one : entry.split(",")) {
                if (!one.isBlank()) {
                    ids.add(one.strip());
                }
            }
        }
        try {
            reports.select(ids);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("tokenlint: formats: " + e.getMessage());
        }
        return ids;
    }
}
