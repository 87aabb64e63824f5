package com.acme.micrometer;

import io.micrometer.dynatrace.DynatraceApiVersion;
import io.micrometer.dynatrace.DynatraceConfig;

public class LegacyRegistryConfig implements DynatraceConfig {
    @Override
    public String get(String key) {
        return null;
    }

    @Override
    public String uri() { // expect: PUT /api/v1/timeseries/{timeseriesIdentifier} [DataExport] expect: POST /api/v1/entity/infrastructure/custom/{customDeviceId} [DataExport]
        return System.getenv("DT_URL");
    }

    @Override
    public String deviceId() {
        return "payments-host";
    }

    @Override
    public DynatraceApiVersion apiVersion() {
        return DynatraceApiVersion.V1;
    }
}
