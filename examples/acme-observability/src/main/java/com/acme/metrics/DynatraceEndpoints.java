package com.acme.metrics;

/** Paths of the Dynatrace Environment API v2 that the metrics services use. */
public final class DynatraceEndpoints {

    public static final String API_V2 = "/api/v2";
    public static final String METRICS_INGEST = API_V2 + "/metrics/ingest";
    public static final String METRICS_QUERY = API_V2 + "/metrics/query";

    private DynatraceEndpoints() {
    }
}
