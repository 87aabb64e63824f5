package com.acme.micrometer;

import io.micrometer.dynatrace.DynatraceConfig;
import java.util.Properties;

/** A named config answering through get(key), from Properties and an if: v2, the default. */
public class PropertiesRegistryConfig implements DynatraceConfig {
    private final Properties props = new Properties();

    PropertiesRegistryConfig(String tenant) {
        props.setProperty("dynatrace.apiToken", System.getenv("DT_METRICS_TOKEN"));
    }

    @Override
    public String get(String key) {
        if ("dynatrace.uri".equals(key)) { // expect: POST /api/v2/metrics/ingest [metrics.ingest]
            return "https://abc12345.live.dynatrace.com/api/v2/metrics/ingest";
        }
        return props.getProperty(key);
    }
}
