package com.acme.metrics;

import io.micrometer.dynatrace.DynatraceConfig;

/**
 * Answers the registry's keys from settings stored by the application: no environment read, no
 * path and no HTTP client in the file, only the interface it implements.
 */
public class RegistrySettings implements DynatraceConfig {
    private final SettingsStore store;

    public RegistrySettings(SettingsStore store) {
        this.store = store;
    }

    @Override
    public String get(String key) {
        switch (key) {
            case "dynatrace.uri": // expect: PUT /api/v1/timeseries/{timeseriesIdentifier} [DataExport] expect: POST /api/v1/entity/infrastructure/custom/{customDeviceId} [DataExport]
                return store.value("endpoint");
            case "dynatrace.deviceId":
                return store.value("device");
            default:
                return null;
        }
    }

    interface SettingsStore {
        String value(String name);
    }
}
