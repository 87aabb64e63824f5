package dev.tokenlint.maven;

import dev.tokenlint.core.report.HtmlReporter;
import dev.tokenlint.core.report.ReportOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * What the site reports share: a page of the Maven site ({@code mvn site}) in the site's skin, holding the
 * same review as the HTML report ({@link HtmlReporter#fragment}) once per {@link ReviewSection}. Run on
 * its own ({@code mvn tokenlint:report}) the goal writes the same content as one page without the site's
 * skin into {@code reportOutputDirectory}. A report never fails the build: findings are the check's.
 */
abstract class AbstractReportMojo extends AbstractTokenlintMojo implements MavenReport {

    /** Where the page goes when the goal runs on its own; in {@code mvn site} the site plugin says where. */
    @Parameter(property = "tokenlint.reportOutputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File reportOutputDirectory;

    /** The parts of the page; empty when there is nothing to show. */
    protected abstract List<ReviewSection> sections() throws MojoExecutionException, MojoFailureException;

    /** The page's heading. */
    protected abstract String title();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tokenlint: skipped (tokenlint.skip)");
            return;
        }
        List<ReviewSection> sections = sections();
        Path page = reportOutputDirectory.toPath().resolve(getOutputName() + ".html");
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(title()).append("</title>\n</head>\n<body>\n<h1>").append(title()).append("</h1>\n");
        body(sections, b::append);
        b.append("</body>\n</html>\n");
        try {
            Files.createDirectories(page.getParent());
            Files.writeString(page, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("tokenlint: cannot write " + page + ": " + e.getMessage(), e);
        }
        getLog().info("tokenlint: report written to " + shown(page));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        List<ReviewSection> sections;
        try {
            sections = sections();
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text(title());
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title());
        sink.sectionTitle1_();
        body(sections, sink::rawText);
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** The sections' HTML: each review, under its title when there are several, with ids of its own. */
    private void body(List<ReviewSection> sections, Consumer<String> out) {
        if (sections.isEmpty()) {
            out.accept("<p>tokenlint found no sources and no tokenlint.yaml to check here.</p>\n");
        }
        HtmlReporter html = new HtmlReporter();
        for (int i = 0; i < sections.size(); i++) {
            ReviewSection section = sections.get(i);
            if (sections.size() > 1) {
                out.accept("<h2>" + escape(section.title()) + "</h2>\n");
            }
            String ids = sections.size() > 1 ? "s" + (i + 1) + "-" : "";
            out.accept(html.fragment(section.result(), ReportOptions.plain(version()), ids));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }
}
