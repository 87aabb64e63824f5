package dev.tokenlint.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Baseline: read every Java file and parse only those whose text contains {@code "/api/"}, one
 * after the other. This is the floor for a scanner that must look at every file but parse only
 * the few that can hold a call; the target is a full tokenlint scan within 1.5 times of it.
 *
 * <p>Usage: {@code java dev.tokenlint.bench.ReadAllParseCandidates DIR...}
 */
public final class ReadAllParseCandidates {

    private ReadAllParseCandidates() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = JavaFiles.under(args);
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        int parsed = 0;
        long nodes = 0;
        long bytes = 0;
        for (Path f : files) {
            byte[] raw = Files.readAllBytes(f);
            bytes += raw.length;
            String text = new String(raw, StandardCharsets.UTF_8);
            if (text.contains("/api/")) {
                parsed++;
                ParseResult<CompilationUnit> r = parser.parse(text);
                nodes += r.getResult().map(cu -> cu.getTypes().size()).orElse(0);
            }
        }
        System.out.println("read-all-parse-candidates: " + files.size() + " files read (" + bytes + " bytes), "
                + parsed + " parsed, " + nodes + " top-level types");
    }
}
