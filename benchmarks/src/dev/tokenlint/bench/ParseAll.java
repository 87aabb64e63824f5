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
 * Baseline: plain JavaParser parsing of every Java file, one after the other, the work a linter
 * that parses everything cannot avoid. Prints files, lines and parse failures.
 *
 * <p>Usage: {@code java dev.tokenlint.bench.ParseAll DIR...}
 */
public final class ParseAll {

    private ParseAll() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = JavaFiles.under(args);
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        long lines = 0;
        int failed = 0;
        long nodes = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            lines += text.lines().count();
            ParseResult<CompilationUnit> r = parser.parse(text);
            if (!r.isSuccessful()) {
                failed++;
            }
            // touch the result so the parse cannot be optimised away
            nodes += r.getResult().map(cu -> cu.getTypes().size()).orElse(0);
        }
        System.out.println("parse-all: " + files.size() + " files, " + lines + " lines, " + failed
                + " with parse problems, " + nodes + " top-level types");
    }
}
