package com.acme.dt;

/** Dynatrace API paths used across the code base. */
public final class DtPaths {
    public static final String API_V2 = "/api/v2";
    public static final String METRICS_INGEST = API_V2 + "/metrics/ingest";
    public static final String PROBLEMS = API_V2 + "/problems";

    private DtPaths() {
    }
}
