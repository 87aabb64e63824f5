package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.java.FileFacts;
import dev.tokenlint.core.scan.java.JavaFileExtractor;
import dev.tokenlint.core.scan.java.SpringConfigExtractor;
import java.util.List;
import java.util.Optional;

/**
 * Phase 1 of the scan for one file's text: the prefilter, then JavaParser or the Spring Boot
 * configuration reader. The result depends only on the file's name and text, which is what a
 * cache keyed by path and content hash needs. Never throws: a failure becomes a problem.
 */
public final class FileFactsReader {

    private final SourcePrefilter prefilter = new SourcePrefilter();

    /**
     * @param file  path relative to the scanned root, with {@code /}; {@code .java} files are read as Java,
     *              anything else as Spring Boot configuration
     * @param text  the file's content
     * @param force parse a Java file even when the prefilter would skip it (a later round wants it)
     * @return the facts, or empty when the prefilter skipped the file
     */
    public Optional<FileFacts> read(String file, String text, boolean force) {
        try {
            if (file.endsWith(".java")) {
                if (!force && !prefilter.accepts(text)) {
                    return Optional.empty();
                }
                return Optional.of(new JavaFileExtractor().extract(file, text));
            }
            return Optional.of(new SpringConfigExtractor().extract(file, text));
        } catch (StackOverflowError e) {
            return Optional.of(problem(file, "expressions nested too deeply to analyse, file not scanned"));
        } catch (RuntimeException e) {
            return Optional.of(problem(file, "could not analyse file (" + e.getClass().getSimpleName()
                    + "), not scanned"));
        }
    }

    private static FileFacts problem(String file, String message) {
        return FileFacts.problemsOnly(file, List.of(new InputProblem(Location.ofFile(file), message, "source")));
    }
}
