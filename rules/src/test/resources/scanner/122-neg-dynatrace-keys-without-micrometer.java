package com.acme.settings;

import java.util.Map;

/** The same keys in a file that configures no Micrometer registry: no call. */
public class ExportedSettings {
    Map<String, String> settings(String tenant) {
        return Map.of("dynatrace.uri", "https://" + tenant + ".live.dynatrace.com/api/v2/metrics/ingest",
                "dynatrace.apiVersion", "v2");
    }
}
