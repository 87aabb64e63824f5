package dev.tokenlint.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps every SARIF log the tests write under {@code target/sarif-logs/}, so the build's
 * SARIF Multitool step ({@code scripts/validate-sarif.sh}) validates the same files the schema
 * test checked.
 */
final class SarifOutputs {

    static final Path DIR = Path.of("target", "sarif-logs");

    private SarifOutputs() {
    }

    static Path keep(String name, String sarif) {
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".sarif");
            Files.writeString(file, sarif, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
