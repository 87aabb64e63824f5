package com.acme.reqgen;

public final class DynatraceEndpoints {
    public static final String API_V1 = "/api/v1";
    public static final String API_V2 = "/api/v2";
    public static final String TIMESERIES = "/timeseries";
    public static final String PROBLEMS = "/problems";

    private DynatraceEndpoints() {
    }
}
