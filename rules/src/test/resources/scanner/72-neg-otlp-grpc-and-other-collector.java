package com.acme.otel;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;

public class CollectorSetup {
    OtlpHttpSpanExporter toCollector() {
        return OtlpHttpSpanExporter.builder().setEndpoint("http://otel-collector:4318/v1/traces").build();
    }
}
