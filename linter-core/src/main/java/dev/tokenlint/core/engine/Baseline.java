package dev.tokenlint.core.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accepted findings, by fingerprint. The file lists each accepted finding's fingerprint with
 * its rule, file and message so a reviewer can read what was accepted.
 */
public record Baseline(Set<String> fingerprints) {

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    public boolean contains(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /** Reads a baseline file; a missing file is an error (the caller checks existence when optional). */
    public static Baseline read(Path file, String displayName) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> fps = new TreeSet<>();
            JsonNode findings = root == null ? null : root.get("findings");
            if (findings == null || !findings.isArray()) {
                throw new InvalidInputException(new Location(displayName, 1, 1),
                        "not a tokenlint baseline: expected an object with a 'findings' list");
            }
            for (JsonNode f : findings) {
                JsonNode fp = f.get("fingerprint");
                if (fp != null && fp.isTextual()) {
                    fps.add(fp.asText());
                }
            }
            return new Baseline(fps);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidInputException(loc == null ? Location.ofFile(displayName)
                    : new Location(displayName, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr())),
                    "malformed baseline JSON");
        } catch (IOException e) {
            throw new InvalidInputException(Location.ofFile(displayName), "cannot read baseline file");
        }
    }

    /** Writes {@code findings} as the accepted baseline to {@code file}, creating its folder. */
    public static void write(Collection<Finding> findings, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(findings, w);
        }
    }

    /** Writes {@code findings} as the accepted baseline, sorted by fingerprint. */
    public static void write(Collection<Finding> findings, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        // The caller owns the writer: the generator must not close it (the final newline follows).
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("findings");
            for (Finding f : findings.stream().sorted(java.util.Comparator.comparing(Finding::fingerprint)).toList()) {
                g.writeStartObject();
                g.writeStringField("fingerprint", f.fingerprint());
                g.writeStringField("ruleId", f.ruleId());
                g.writeStringField("file", f.location().file());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }
}
