package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;
import java.util.Set;

/**
 * OpenTelemetry's OTLP/HTTP exporters: {@code OtlpHttpSpanExporter.builder().setEndpoint(url)}
 * and its metric and log siblings; an exporter always POSTs.
 */
final class OtlpHttpExporters extends LibraryBase {

    static final ClientId ID = new ClientId("opentelemetry-otlp");

    private static final Set<String> EXPORTERS = Set.of("OtlpHttpSpanExporter", "OtlpHttpMetricExporter",
            "OtlpHttpLogRecordExporter");

    OtlpHttpExporters() {
        super(ID, "opentelemetry");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        // the gRPC exporters have setEndpoint too: only the HTTP ones' builders or package count
        if (m.getNameAsString().equals("setEndpoint") && m.getArguments().size() == 1
                && (CallChains.chainHasOwner(m, EXPORTERS)
                || file.importsFrom("io.opentelemetry.exporter.otlp.http"))) {
            return Optional.of(new ClientMatch(m.getName(), m.getArgument(0), null, "POST", ID));
        }
        return Optional.empty();
    }
}
