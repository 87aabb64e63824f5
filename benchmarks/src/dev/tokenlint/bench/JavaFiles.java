package dev.tokenlint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code .java} files under some folders, sorted, skipping build output and VCS folders. */
final class JavaFiles {

    private JavaFiles() {
    }

    static List<Path> under(String... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : roots) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                        .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                        .forEach(files::add);
            }
        }
        files.sort(null);
        return files;
    }
}
