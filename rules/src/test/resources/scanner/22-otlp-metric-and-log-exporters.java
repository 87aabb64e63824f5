package com.acme.otel;

import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;

public class OtelExporters {
    private static final String OTLP = "https://abc12345.live.dynatrace.com/api/v2/otlp";

    OtlpHttpMetricExporter metrics() {
        return OtlpHttpMetricExporter.builder().setEndpoint(OTLP + "/v1/metrics").build(); // expect: POST /api/v2/otlp/v1/metrics [metrics.ingest] (concatenation)
    }

    OtlpHttpLogRecordExporter logs() {
        return OtlpHttpLogRecordExporter.builder()
                .setEndpoint(OTLP + "/v1/logs") // expect: POST /api/v2/otlp/v1/logs [logs.ingest] (concatenation)
                .build();
    }
}
