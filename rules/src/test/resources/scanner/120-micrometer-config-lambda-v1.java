package com.acme.micrometer;

import io.micrometer.core.instrument.Clock;
import io.micrometer.dynatrace.DynatraceConfig;
import io.micrometer.dynatrace.DynatraceMeterRegistry;

/** A lambda config: a device id and no API version mean Micrometer's v1 endpoints. */
public class LambdaConfiguredRegistry {
    DynatraceMeterRegistry registry() {
        DynatraceConfig config = key -> switch (key) {
            case "dynatrace.uri" -> System.getenv("DT_URL"); // expect: PUT /api/v1/timeseries/{timeseriesIdentifier} [DataExport] expect: POST /api/v1/entity/infrastructure/custom/{customDeviceId} [DataExport]
            case "dynatrace.apiToken" -> System.getenv("DT_METRICS_TOKEN");
            case "dynatrace.deviceId" -> "payments-host";
            default -> null;
        };
        return new DynatraceMeterRegistry(config, Clock.SYSTEM);
    }
}
