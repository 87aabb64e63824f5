package dev.tokenlint.rules.catalog;

import dev.tokenlint.core.catalog.CatalogYaml;
import dev.tokenlint.core.catalog.OpenApiImporter;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Regenerates the bundled {@code catalog.yaml} from Dynatrace OpenAPI specs and the hand-kept
 * supplement. The only code that reads the reference specs; the build, tests and the tool itself
 * read just the committed result. Run it as documented in {@code docs/catalog.md}:
 * <pre>./mvnw -q -pl rules -am process-classes -Pregenerate-catalog</pre>
 *
 * <p>Arguments: the directory holding the specs ({@code *.json}, {@code *.yaml}), the supplement
 * file, and the catalog file to write.
 */
public final class RegenerateCatalog {

    /** The Dynatrace version in a spec file name such as {@code env-v2-1.254.json}. */
    private static final Pattern VERSION_IN_NAME = Pattern.compile("-(\\d+\\.\\d+(?:\\.\\d+)?)\\.(?:json|ya?ml)$");

    private static final Pattern SPEC_FILE = Pattern.compile("\\.(?:json|ya?ml)$");

    private RegenerateCatalog() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: RegenerateCatalog SPEC_DIR SUPPLEMENT_YAML OUTPUT_YAML");
            System.exit(2);
        }
        try {
            Path out = Path.of(args[2]);
            String text = generate(Path.of(args[0]), Path.of(args[1]));
            Files.writeString(out, text, StandardCharsets.UTF_8);
            System.out.println("wrote " + out);
        } catch (InvalidInputException e) {
            System.err.println(e.describe());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("cannot write the catalog: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * The catalog text for the specs in {@code specDir} and {@code supplement}.
     *
     * @throws InvalidInputException when the directory holds no spec or a file is unusable
     */
    public static String generate(Path specDir, Path supplement) throws IOException {
        if (!Files.isDirectory(specDir)) {
            throw new InvalidInputException(Location.ofFile(specDir.toString()),
                    "no such directory; pass the folder holding the Dynatrace OpenAPI specs "
                            + "(-Dtokenlint.specs=DIR with the Maven command)");
        }
        List<Path> specs = new ArrayList<>();
        try (Stream<Path> files = Files.list(specDir)) {
            files.filter(p -> SPEC_FILE.matcher(p.getFileName().toString()).find())
                    .sorted()
                    .forEach(specs::add);
        }
        if (specs.isEmpty()) {
            throw new InvalidInputException(Location.ofFile(specDir.toString()),
                    "no OpenAPI spec (*.json, *.yaml) in this directory");
        }
        OpenApiImporter importer = new OpenApiImporter();
        PermissionCatalog catalog = PermissionCatalog.empty();
        TreeSet<String> versions = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (Path spec : specs) {
            String name = spec.getFileName().toString();
            names.add(name);
            catalog = catalog.overlay(importer.importSpec(spec, name));
            Matcher m = VERSION_IN_NAME.matcher(name);
            if (m.find()) {
                versions.add(m.group(1));
            }
        }
        String supplementText = Files.readString(supplement, StandardCharsets.UTF_8);
        catalog = CatalogSupplement.parse(supplementText, supplement.getFileName().toString()).applyTo(catalog);
        String version = "dynatrace-" + (versions.isEmpty() ? "unknown" : String.join("+", versions));
        catalog = new PermissionCatalog(version, catalog.scopes(), catalog.operations());

        StringWriter w = new StringWriter();
        new CatalogYaml().write(catalog, List.of(
                "tokenlint permission catalog: every Dynatrace access-token scope and the scopes each REST",
                "operation accepts. GENERATED, do not edit: change supplement.yaml (hand-kept facts) and run",
                "  ./mvnw -q -pl rules -am process-classes -Pregenerate-catalog",
                "Imported from: " + String.join(", ", names) + " and " + supplement.getFileName()
                        + ". Format: docs/catalog.md"), w);
        return w.toString();
    }
}
