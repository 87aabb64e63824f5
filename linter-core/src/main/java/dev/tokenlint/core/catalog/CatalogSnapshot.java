package dev.tokenlint.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compact, line-based form of a {@link PermissionCatalog} that loads without a YAML parser.
 * The bundled catalog is kept and reviewed as YAML; the build derives this form from it because
 * a pre-commit hook pays for every millisecond of start-up, and reading the YAML (and loading
 * the YAML library's classes) in a fresh JVM costs more than the scan of one changed file.
 *
 * <p>Format: a header line {@code tokenlint-catalog-snapshot 1}, a {@code V} line with the
 * version, then one {@code S} line per scope and one {@code O} line per operation, fields
 * separated by tabs; {@code \t}, {@code \n} and {@code \\} are escaped and {@code \N} is null.
 */
public final class CatalogSnapshot {

    private static final String HEADER = "tokenlint-catalog-snapshot 1";
    private static final String NULL = "\\N";

    /** Writes {@code catalog} in the snapshot form. */
    public void write(PermissionCatalog catalog, Writer out) {
        try {
            out.write(HEADER + "\n");
            out.write("V\t" + escape(catalog.version()) + "\n");
            for (Scope s : catalog.scopes()) {
                line(out, "S", s.id(), s.title(), s.description(), s.family().id(), s.status().id(), s.risk().id(),
                        Boolean.toString(s.paas()), Boolean.toString(s.apiOnly()), s.replacement(), s.source());
            }
            for (Operation o : catalog.operations()) {
                line(out, "O", o.method(), o.path(), o.base(), String.join(",", o.scopes()),
                        Boolean.toString(o.anyScope()), Boolean.toString(o.deprecated()), o.operationId(), o.summary(),
                        o.replacement(), o.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a snapshot.
     *
     * @throws IllegalArgumentException when {@code text} is not a snapshot of this version
     */
    public PermissionCatalog read(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not a tokenlint catalog snapshot");
        }
        String version = "";
        List<Scope> scopes = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            switch (f[0]) {
                case "V" -> version = unescape(f[1]);
                case "S" -> scopes.add(new Scope(unescape(f[1]), unescape(f[2]), unescape(f[3]),
                        ScopeFamily.fromId(f[4]), ScopeStatus.fromId(f[5]), RiskClass.fromId(f[6]),
                        Boolean.parseBoolean(f[7]), Boolean.parseBoolean(f[8]), unescape(f[9]), unescape(f[10])));
                case "O" -> operations.add(new Operation(unescape(f[1]), unescape(f[2]), unescape(f[3]),
                        f[4].isEmpty() ? List.of() : Arrays.stream(f[4].split(",")).map(CatalogSnapshot::unescape).toList(),
                        Boolean.parseBoolean(f[5]), Boolean.parseBoolean(f[6]), unescape(f[7]), unescape(f[8]),
                        unescape(f[9]), unescape(f[10])));
                default -> throw new IllegalArgumentException("line " + (i + 1) + " of the catalog snapshot is unknown");
            }
        }
        return new PermissionCatalog(version, scopes, operations);
    }

    private static void line(Writer out, String kind, String... fields) throws IOException {
        StringBuilder b = new StringBuilder(kind);
        for (String f : fields) {
            b.append('\t').append(escape(f));
        }
        out.write(b.append('\n').toString());
    }

    private static String escape(String s) {
        if (s == null) {
            return NULL;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.equals(NULL)) {
            return null;
        }
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
