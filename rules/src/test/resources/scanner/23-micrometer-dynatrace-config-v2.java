package com.acme.micrometer;

import io.micrometer.dynatrace.DynatraceApiVersion;
import io.micrometer.dynatrace.DynatraceConfig;

public class MicrometerSetup {
    DynatraceConfig config() {
        return new DynatraceConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String uri() { // expect: POST /api/v2/metrics/ingest [metrics.ingest]
                return "https://abc12345.live.dynatrace.com/api/v2/metrics/ingest";
            }

            @Override
            public String apiToken() {
                return System.getenv("DT_METRICS_TOKEN");
            }

            @Override
            public DynatraceApiVersion apiVersion() {
                return DynatraceApiVersion.V2;
            }
        };
    }
}
