package dev.tokenlint.core.report;

import dev.tokenlint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one {@code tokenlint.<ext>} file per requested format into a folder: what the CLI's
 * {@code --output DIR} and the Maven plugin's {@code outputDirectory} produce. Files are
 * UTF-8, never coloured, and replaced whole (written beside, then moved) so a reader never
 * sees half a report.
 */
public final class ReportDirectory {

    /** The base name of every report file. */
    public static final String BASE_NAME = "tokenlint";

    private final Reporters reporters;

    public ReportDirectory(Reporters reporters) {
        this.reporters = reporters;
    }

    /**
     * The reporters for {@code formats}, in the order given, each once (ids compare ignoring case).
     *
     * @throws IllegalArgumentException naming the first unknown format and the known ones
     */
    public List<Reporter> select(List<String> formats) {
        Map<String, Reporter> chosen = new LinkedHashMap<>();
        for (String format : formats) {
            String id = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
            Reporter r = reporters.forFormat(id).orElseThrow(() -> new IllegalArgumentException(
                    "unknown report format '" + format + "'; known formats: " + String.join(", ", reporters.formats())));
            chosen.putIfAbsent(r.format(), r);
        }
        return List.copyOf(chosen.values());
    }

    /** The file a reporter writes in {@code dir}. */
    public static Path fileFor(Path dir, Reporter reporter) {
        return dir.resolve(BASE_NAME + "." + reporter.fileExtension());
    }

    /**
     * Writes {@code result} in every format of {@code formats} into {@code dir}, creating it.
     *
     * @return the files written, in format order
     * @throws IllegalArgumentException for an unknown format, before anything is written
     */
    public List<Path> write(Path dir, List<String> formats, LintResult result, ReportOptions options)
            throws IOException {
        List<Reporter> selected = select(formats);
        ReportOptions files = options.forFile();
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Reporter reporter : selected) {
            Path target = fileFor(dir, reporter);
            Path partial = dir.resolve("." + target.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                reporter.write(result, files, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }
}
