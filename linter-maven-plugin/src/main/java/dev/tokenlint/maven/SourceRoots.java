package dev.tokenlint.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the folders of a Maven project that tokenlint scans: the main source and resource
 * roots, the test ones when asked, and generated sources (anything under the build directory)
 * only when asked. Roots that do not exist are left out, so a module without tests or resources
 * is not reported as having missing folders.
 *
 * @param buildDirectory   {@code ${project.build.directory}}; roots below it count as generated
 * @param includeTests     whether test sources and test resources are scanned
 * @param includeGenerated whether roots below the build directory are scanned
 */
record SourceRoots(Path buildDirectory, boolean includeTests, boolean includeGenerated) {

    /** The roots to scan, sorted and without duplicates. */
    List<Path> select(Collection<String> main, Collection<String> test) {
        TreeSet<Path> chosen = new TreeSet<>();
        add(main, chosen);
        if (includeTests) {
            add(test, chosen);
        }
        return new ArrayList<>(chosen);
    }

    private void add(Collection<String> roots, TreeSet<Path> chosen) {
        Path build = buildDirectory.toAbsolutePath().normalize();
        for (String root : roots) {
            if (root == null || root.isBlank()) {
                continue;
            }
            Path p = Path.of(root).toAbsolutePath().normalize();
            if (!includeGenerated && p.startsWith(build)) {
                continue;
            }
            if (Files.isDirectory(p) || Files.isRegularFile(p)) {
                chosen.add(p);
            }
        }
    }
}
