package dev.tokenlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokenlint.core.catalog.CatalogYaml;
import dev.tokenlint.core.catalog.OpenApiImporter;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.engine.LintEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tokenlint catalog}: print the effective permission catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Print the permission catalog: the bundled one, with any --openapi specs imported on top.")
final class CatalogCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--openapi", paramLabel = "FILE",
            description = "A Dynatrace OpenAPI spec (e.g. downloaded from your environment's /rest-api-doc/); repeatable.")
    List<Path> openapi = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", defaultValue = "yaml", description = "yaml or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() throws IOException {
        PermissionCatalog catalog = LintEngine.standard().bundledCatalog();
        OpenApiImporter importer = new OpenApiImporter();
        for (Path p : openapi) {
            catalog = catalog.overlay(importer.importSpec(p, p.toString().replace('\\', '/')));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "yaml", "yml" -> new CatalogYaml().write(catalog, out);
            case "json" -> writeJson(catalog, out);
            default -> throw new UsageException("--format must be yaml or json, not '" + format + "'");
        }
        out.flush();
        return 0;
    }

    private static void writeJson(PermissionCatalog catalog, PrintWriter out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("version", catalog.version());
        ArrayNode scopes = root.putArray("scopes");
        for (Scope s : catalog.scopes()) {
            ObjectNode n = scopes.addObject();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("description", s.description());
            n.put("family", s.family().id());
            n.put("status", s.status().id());
            n.put("risk", s.risk().id());
            n.put("paas", s.paas());
            n.put("apiOnly", s.apiOnly());
            n.put("replacement", s.replacement());
            n.put("source", s.source());
        }
        ArrayNode ops = root.putArray("operations");
        for (Operation o : catalog.operations()) {
            ObjectNode n = ops.addObject();
            n.put("method", o.method());
            n.put("path", o.path());
            n.put("base", o.base());
            ArrayNode sc = n.putArray("scopes");
            o.scopes().forEach(sc::add);
            n.put("anyScope", o.anyScope());
            n.put("deprecated", o.deprecated());
            n.put("operationId", o.operationId());
            n.put("summary", o.summary());
            n.put("replacement", o.replacement());
            n.put("source", o.source());
        }
        mapper.writeValue(new NonClosingWriter(out), root);
        out.println();
    }

    /** Jackson closes its target; the console must stay open. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
