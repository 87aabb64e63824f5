package com.acme.unused;

public final class DynatraceEndpoints {
    public static final String METRICS_INGEST = "/api/v2/metrics/ingest";
    public static final String PROBLEMS = "/api/v2/problems";
    static final String TOKEN_HEADER = "Api-Token";

    private DynatraceEndpoints() {
    }

    static String describe() {
        return "ingest at " + METRICS_INGEST;
    }
}
