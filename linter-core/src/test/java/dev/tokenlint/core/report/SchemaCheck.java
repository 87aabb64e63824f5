package dev.tokenlint.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON documents against a JSON Schema file, reporting each violation as one line. */
final class SchemaCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    /** The schema in {@code file}, interpreted with the dialect its {@code $schema} names. */
    static SchemaCheck of(Path file, SpecificationVersion fallback) {
        try (InputStream in = Files.newInputStream(file)) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(fallback, b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            return new SchemaCheck(registry.getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Violations of the schema, empty when {@code json} is valid. */
    List<String> violations(String json) {
        try {
            return violations(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> violations(JsonNode json) {
        return schema.validate(json).stream().map(Error::toString).toList();
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path under the repository root, seen from the module the tests run in. */
    static Path repoFile(String relative) {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.exists(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find " + relative + " above " + here);
    }
}
