package dev.tokenlint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokenlint.core.input.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;

/**
 * Writes JSON trees the same way everywhere: two-space indent, {@code "key": value}, and
 * {@code \n} line ends whatever the platform, so reports are byte-identical across machines.
 */
final class JsonSupport {

    ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** {@code {file, line, column}}; line and column 0 mean the whole file. */
    ObjectNode location(Location location) {
        ObjectNode n = object();
        n.put("file", location.file());
        n.put("line", location.line());
        n.put("column", location.column());
        return n;
    }

    void write(JsonNode tree, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        // the mapper is made here, not with the reporter: a run that writes no JSON never pays for one
        new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer(printer).writeValue(out, tree);
        out.write('\n');
    }
}
