import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a directory that {@code ./mvnw -Prelease deploy} staged (Maven repository layout) against
 * what Maven Central requires of each published artifact, before it is bundled and uploaded.
 * A single-file program (JDK only), run as
 * {@code java scripts/release/StagedReleaseCheck.java STAGING [--project POM] [--repository URL] [--unsigned]}.
 *
 * <p>The published artifacts are the modules of the project's root pom ({@code --project}, by default
 * {@code pom.xml}), each with the root's groupId and version. For each artifact: a release version; the pom, and unless its packaging is {@code pom} the jar,
 * {@code -sources.jar} and {@code -javadoc.jar}; a {@code .md5} and {@code .sha1} beside every file
 * that match its content (and {@code .sha256}/{@code .sha512} where present); a {@code .asc} beside
 * every file that {@code gpg --verify} accepts (unless {@code --unsigned}); a pom that names the
 * project, its url, licenses, developers and SCM with every {@code ${...}} filled in and no parent
 * (the release profile flattens it); the sources of every class of the jar under {@code dev/tokenlint};
 * a javadoc jar with pages. With {@code --repository}, the pom's url, SCM and issue addresses are
 * those of that repository. Nothing else may be staged.
 *
 * <p>Prints one line per problem, {@code path: problem}, then a summary. Exit code 0 when there is
 * no problem, 1 when there is one, 2 for bad usage.
 */
public final class StagedReleaseCheck {

    /** Files beside an artifact file that are not artifacts themselves. */
    private static final Set<String> SIDE_FILE_SUFFIXES = Set.of(".md5", ".sha1", ".sha256", ".sha512", ".asc");

    /** Checksums Central reads, each required. */
    private static final Map<String, String> REQUIRED_DIGESTS = Map.of(".md5", "MD5", ".sha1", "SHA-1");

    /** Checksums Central accepts but does not require: checked when present. */
    private static final Map<String, String> OPTIONAL_DIGESTS = Map.of(".sha256", "SHA-256", ".sha512", "SHA-512");

    /** Our own classes, whose sources the sources jar must hold; others (compiled-in picocli) are not ours to ship. */
    private static final String OWN_CLASSES = "dev/tokenlint/";

    private final Path staging;
    private final Options options;
    private final List<String> problems = new ArrayList<>();
    private int filesChecked;

    private StagedReleaseCheck(Path staging, Options options) {
        this.staging = staging;
        this.options = options;
    }

    /**
     * What the staging directory is expected to hold: the modules of the project's root pom, each under
     * the root's groupId and version.
     */
    record Options(String group, String version, List<String> artifacts, String repository, boolean signed) {

        static Options of(Path rootPom, String repository, boolean signed) throws Exception {
            Element root = parse(rootPom);
            List<String> artifacts = new ArrayList<>();
            Element modules = child(root, "modules");
            for (Element module : modules == null ? List.<Element>of() : children(modules, "module")) {
                Path modulePom = rootPom.resolveSibling(text(module)).resolve("pom.xml");
                artifacts.add(text(child(parse(modulePom), "artifactId")));
            }
            return new Options(text(child(root, "groupId")), text(child(root, "version")), List.copyOf(artifacts),
                    repository, signed);
        }
    }

    /** Checks the staging directory the arguments name; see the class comment. */
    public static void main(String[] args) throws Exception {
        Path staging = null;
        Path project = Path.of("pom.xml");
        String repository = null;
        boolean signed = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(value(args, ++i));
                case "--repository" -> repository = value(args, ++i);
                case "--unsigned" -> signed = false;
                default -> {
                    if (args[i].startsWith("--") || staging != null) {
                        usage("unknown argument " + args[i]);
                    }
                    staging = Path.of(args[i]);
                }
            }
        }
        if (staging == null) {
            usage("name the staging directory");
        }
        if (!Files.isDirectory(staging)) {
            usage("no staging directory " + staging);
        }
        if (!Files.isRegularFile(project)) {
            usage("no project pom " + project);
        }
        Options options = Options.of(project, repository, signed);
        StagedReleaseCheck check = new StagedReleaseCheck(staging, options);
        check.run();
        check.problems.forEach(System.out::println);
        System.out.printf("%s: %s:%s, %d artifacts (%s), %d files checked, %d problems%s%n", staging, options.group(),
                options.version(), options.artifacts().size(), String.join(", ", options.artifacts()), check.filesChecked,
                check.problems.size(), signed ? "" : "; signatures not checked (--unsigned)");
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String message) {
        System.err.println("StagedReleaseCheck: " + message);
        System.err.println("usage: java scripts/release/StagedReleaseCheck.java STAGING [--project POM]"
                + " [--repository URL] [--unsigned]");
        System.exit(2);
    }

    private void run() throws Exception {
        if (options.version().endsWith("-SNAPSHOT")) {
            problem(staging, "version " + options.version() + " is a SNAPSHOT; Central publishes release versions only");
        }
        Path groupDir = staging.resolve(options.group().replace('.', '/'));
        for (String artifact : options.artifacts()) {
            checkArtifact(artifact, groupDir.resolve(artifact).resolve(options.version()));
        }
        checkNothingElseStaged(groupDir);
    }

    private void checkArtifact(String artifact, Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            problem(dir, "missing: " + options.group() + ":" + artifact + ":" + options.version() + " was not staged");
            return;
        }
        String base = artifact + "-" + options.version();
        Path pom = dir.resolve(base + ".pom");
        String packaging = "jar";
        if (Files.isRegularFile(pom)) {
            packaging = checkPom(pom, artifact);
        } else {
            problem(pom, "missing");
        }
        if (!"pom".equals(packaging)) {
            Path jar = requireFile(dir.resolve(base + ".jar"));
            Path sources = requireFile(dir.resolve(base + "-sources.jar"));
            Path javadoc = requireFile(dir.resolve(base + "-javadoc.jar"));
            if (jar != null) {
                checkJars(jar, sources, javadoc, packaging);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("maven-metadata") || SIDE_FILE_SUFFIXES.stream().anyMatch(name::endsWith)) {
                    continue;
                }
                filesChecked++;
                checkChecksums(file);
                if (options.signed()) {
                    checkSignature(file);
                }
            }
        }
    }

    private Path requireFile(Path file) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        problem(file, "missing");
        return null;
    }

    private void checkChecksums(Path file) throws IOException, NoSuchAlgorithmException {
        byte[] content = Files.readAllBytes(file);
        for (Map.Entry<String, String> digest : REQUIRED_DIGESTS.entrySet()) {
            Path sum = sibling(file, digest.getKey());
            if (!Files.isRegularFile(sum)) {
                problem(sum, "missing: Central requires a " + digest.getKey() + " checksum of every file");
            } else {
                compareDigest(sum, digest.getValue(), content);
            }
        }
        for (Map.Entry<String, String> digest : OPTIONAL_DIGESTS.entrySet()) {
            Path sum = sibling(file, digest.getKey());
            if (Files.isRegularFile(sum)) {
                compareDigest(sum, digest.getValue(), content);
            }
        }
    }

    private void compareDigest(Path sum, String algorithm, byte[] content) throws IOException, NoSuchAlgorithmException {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        String[] written = Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+");
        if (!written[0].equalsIgnoreCase(expected)) {
            problem(sum, "does not match the file's " + algorithm + " (" + expected + ")");
        }
    }

    private void checkSignature(Path file) throws IOException, InterruptedException {
        Path asc = sibling(file, ".asc");
        if (!Files.isRegularFile(asc)) {
            problem(asc, "missing: Central requires a signature of every file (stage with -Dgpg.keyname=KEY)");
            return;
        }
        Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!gpg.waitFor(60, TimeUnit.SECONDS)) {
            gpg.destroyForcibly();
            problem(asc, "gpg --verify did not finish");
        } else if (gpg.exitValue() != 0) {
            problem(asc, "gpg --verify fails: " + output.lines().filter(line -> line.startsWith("gpg:"))
                    .reduce((first, last) -> last).orElse("exit " + gpg.exitValue()));
        }
    }

    /** Checks the pom's metadata; returns its packaging. */
    private String checkPom(Path pom, String artifact) throws Exception {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        if (text.contains("${")) {
            problem(pom, "holds an unresolved ${...} property: the release profile's flattened pom was not deployed");
        }
        Element project = parse(pom);
        expectText(pom, project, "groupId", options.group());
        expectText(pom, project, "artifactId", artifact);
        expectText(pom, project, "version", options.version());
        if (child(project, "parent") != null) {
            problem(pom, "names a parent pom, which is not published");
        }
        for (String required : List.of("name", "description", "url")) {
            requireText(pom, project, required);
        }
        Element licenses = child(project, "licenses");
        List<Element> licenseList = licenses == null ? List.of() : children(licenses, "license");
        if (licenseList.isEmpty()) {
            problem(pom, "no <licenses><license>: Central requires the license");
        }
        for (Element license : licenseList) {
            requireText(pom, license, "name");
            requireText(pom, license, "url");
        }
        Element developers = child(project, "developers");
        List<Element> developerList = developers == null ? List.of() : children(developers, "developer");
        if (developerList.isEmpty()) {
            problem(pom, "no <developers><developer>: Central requires developer information");
        }
        for (Element developer : developerList) {
            requireText(pom, developer, "name");
        }
        Element scm = child(project, "scm");
        if (scm == null) {
            problem(pom, "no <scm>: Central requires SCM information");
        } else {
            for (String required : List.of("connection", "developerConnection", "url")) {
                requireText(pom, scm, "scm/" + required, required);
            }
        }
        if (options.repository() != null) {
            String repository = options.repository();
            expectText(pom, project, "url", repository);
            if (scm != null) {
                expectText(pom, scm, "scm/url", "url", repository);
                expectText(pom, scm, "scm/connection", "connection", "scm:git:" + repository + ".git");
            }
            Element issues = child(project, "issueManagement");
            if (issues == null) {
                problem(pom, "no <issueManagement>");
            } else {
                expectText(pom, issues, "issueManagement/url", "url", repository + "/issues");
            }
        }
        String packaging = text(child(project, "packaging"));
        return packaging.isEmpty() ? "jar" : packaging;
    }

    private void checkJars(Path jar, Path sources, Path javadoc, String packaging) throws IOException {
        Set<String> ownSources = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> classes = names(zip).stream().filter(name -> name.endsWith(".class")).toList();
            if (classes.isEmpty()) {
                problem(jar, "holds no classes");
            }
            if ("maven-plugin".equals(packaging) && zip.getEntry("META-INF/maven/plugin.xml") == null) {
                problem(jar, "a maven-plugin without META-INF/maven/plugin.xml");
            }
            classes.stream().filter(name -> name.startsWith(OWN_CLASSES) && !name.endsWith("module-info.class"))
                    .map(StagedReleaseCheck::sourceOf).forEach(ownSources::add);
        } catch (IOException e) {
            problem(jar, "not a readable jar: " + e.getMessage());
            return;
        }
        if (sources != null) {
            try (ZipFile zip = new ZipFile(sources.toFile())) {
                Set<String> present = Set.copyOf(names(zip));
                List<String> missing = ownSources.stream().filter(source -> !present.contains(source)).toList();
                if (!missing.isEmpty()) {
                    problem(sources, "lacks the sources of " + missing.size() + " classes of the jar, e.g. " + missing.get(0));
                }
            } catch (IOException e) {
                problem(sources, "not a readable jar: " + e.getMessage());
            }
        }
        if (javadoc != null) {
            try (ZipFile zip = new ZipFile(javadoc.toFile())) {
                List<String> names = names(zip);
                if (!names.contains("index.html") || names.stream().noneMatch(name -> name.endsWith("package-summary.html"))) {
                    problem(javadoc, "holds no generated javadoc (index.html and package pages)");
                }
            } catch (IOException e) {
                problem(javadoc, "not a readable jar: " + e.getMessage());
            }
        }
    }

    /** Components staged beside the expected ones: each would be uploaded too. */
    private void checkNothingElseStaged(Path groupDir) throws IOException {
        if (!Files.isDirectory(groupDir)) {
            return;
        }
        Set<String> expected = Set.copyOf(options.artifacts());
        try (Stream<Path> entries = Files.list(groupDir)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isDirectory(entry) && !expected.contains(entry.getFileName().toString())) {
                    problem(entry, "staged but not one of the published artifacts " + String.join(", ", options.artifacts()));
                }
            }
        }
    }

    private static String sourceOf(String classFile) {
        String name = classFile.substring(0, classFile.length() - ".class".length());
        int nested = name.indexOf('$');
        return (nested < 0 ? name : name.substring(0, nested)) + ".java";
    }

    private static List<String> names(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName).collect(Collectors.toList());
    }

    private void requireText(Path pom, Element parent, String name) {
        requireText(pom, parent, name, name);
    }

    private void requireText(Path pom, Element parent, String label, String name) {
        if (text(child(parent, name)).isBlank()) {
            problem(pom, "no <" + label + ">: Central requires it");
        }
    }

    private void expectText(Path pom, Element parent, String name, String expected) {
        expectText(pom, parent, name, name, expected);
    }

    private void expectText(Path pom, Element parent, String label, String name, String expected) {
        String actual = text(child(parent, name));
        if (!actual.equals(expected)) {
            problem(pom, "<" + label + "> is '" + actual + "', expected '" + expected + "'");
        }
    }

    private static Element parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(xml)) {
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(localName(element))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String localName(Element element) {
        String name = element.getTagName();
        return name.substring(name.indexOf(':') + 1);
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().trim();
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Records a problem at {@code where}, a path below the staging directory (printed relative to it). */
    private void problem(Path where, String message) {
        String path = staging.relativize(where).toString();
        problems.add((path.isEmpty() ? "." : path) + ": " + message);
    }
}
