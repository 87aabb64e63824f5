package com.acme.micrometer;

import io.micrometer.core.instrument.Clock;
import io.micrometer.dynatrace.DynatraceConfig;
import io.micrometer.dynatrace.DynatraceMeterRegistry;
import java.util.Map;

/** A registry whose config answers from a map of Micrometer's property keys. */
public class MapConfiguredRegistry {
    DynatraceMeterRegistry registry(String token) {
        Map<String, String> props = Map.of(
                "dynatrace.uri", "https://abc12345.live.dynatrace.com/api/v2/metrics/ingest", // expect: POST /api/v2/metrics/ingest [metrics.ingest]
                "dynatrace.apiToken", token,
                "dynatrace.apiVersion", "v2");
        DynatraceConfig config = props::get;
        return DynatraceMeterRegistry.builder(config).clock(Clock.SYSTEM).build();
    }
}
