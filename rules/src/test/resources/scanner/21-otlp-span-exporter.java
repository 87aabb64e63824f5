package com.acme.otel;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;

public class TracingSetup {
    OtlpHttpSpanExporter exporter(String dtBase, String token) {
        return OtlpHttpSpanExporter.builder()
                .setEndpoint(dtBase + "/api/v2/otlp/v1/traces") // expect: POST /api/v2/otlp/v1/traces [openTelemetryTrace.ingest] (concatenation)
                .addHeader("Authorization", "Api-Token " + token)
                .build();
    }
}
