package dev.tokenlint.core.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON and YAML files into {@link Node} trees that keep 1-based line and column of every
 * value. Syntax errors become {@link InvalidInputException}s with the parser's position; the
 * parser's own message is not passed on because it may quote the offending input, which could
 * be a token secret.
 */
public final class StructuredFileReader {

    /** Deeper nesting than this is not a config file; refuse it instead of overflowing the stack. */
    private static final int MAX_DEPTH = 200;

    private final JsonFactory json;
    private final YAMLFactory yaml;

    public StructuredFileReader() {
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
        this.yaml = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /** Whether the file name says YAML ({@code .yaml}, {@code .yml}); everything else is read as JSON. */
    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Reads {@code file}, naming it {@code displayName} in locations and errors.
     *
     * @throws InvalidInputException if the file cannot be read, is empty or is malformed
     */
    public Node read(Path file, String displayName) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Location.ofFile(displayName), "file is not valid UTF-8");
        } catch (IOException e) {
            throw new InvalidInputException(Location.ofFile(displayName), "cannot read file: " + reason(e));
        }
        return parse(text, displayName, isYaml(file));
    }

    /** Parses {@code text} as YAML or JSON. */
    public Node parse(String text, String displayName, boolean asYaml) {
        if (text.isBlank()) {
            throw new InvalidInputException(new Location(displayName, 1, 1), "file is empty");
        }
        try (JsonParser p = (asYaml ? yaml : json).createParser(new StringReader(text))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InvalidInputException(new Location(displayName, 1, 1), "file is empty");
            }
            Node root = readValue(p, displayName);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new InvalidInputException(location(p.currentTokenLocation(), displayName),
                        "unexpected content after the end of the document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(location(e.getLocation(), displayName),
                    (asYaml ? "malformed YAML: " : "malformed JSON: ") + shortReason(e));
        } catch (IOException e) {
            throw new InvalidInputException(Location.ofFile(displayName), "cannot read file: " + reason(e));
        }
    }

    private Node readValue(JsonParser p, String file) throws IOException {
        JsonToken t = p.currentToken();
        Location at = location(p.currentTokenLocation(), file);
        switch (t) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = location(p.currentTokenLocation(), file);
                    p.nextToken();
                    Node value = readValue(p, file);
                    if (entries.containsKey(key)) {
                        throw new InvalidInputException(keyAt, "duplicate key '" + key + "'");
                    }
                    entries.put(key, new Node.Entry(key, keyAt, value));
                }
                return new Node.MapNode(at, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING:
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.STRING);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.BOOLEAN);
            case VALUE_NULL:
                return new Node.ScalarNode(at, null, Node.ScalarType.NULL);
            default:
                throw new InvalidInputException(at, "unsupported value");
        }
    }

    private static Location location(JsonLocation loc, String file) {
        if (loc == null || loc.getLineNr() <= 0) {
            return Location.ofFile(file);
        }
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** The parser's complaint without the echo of input it sometimes appends. */
    private static String shortReason(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "syntax error";
        }
        // Jackson quotes offending tokens ("Unrecognized token 'dt0c01...'"); cut quoted input.
        msg = msg.replaceAll("'[^']*'", "'...'").replaceAll("\"[^\"]*\"", "\"...\"");
        int nl = msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl);
        }
        // The parser's own position note repeats what the location already says, less readably.
        int marker = msg.indexOf(" (start marker at");
        if (marker >= 0) {
            msg = msg.substring(0, marker);
        }
        if (e instanceof JsonParseException || msg.length() < 200) {
            return msg.strip();
        }
        return msg.substring(0, 200).strip();
    }

    private static String reason(IOException e) {
        String simple = e.getClass().getSimpleName().replace("Exception", "");
        return switch (simple) {
            case "NoSuchFile" -> "no such file";
            case "AccessDenied" -> "permission denied";
            default -> e.getMessage() == null ? simple : simple + " " + e.getMessage();
        };
    }
}
