package com.acme.notify;

/** Paths of every monitoring product the tool reports to; two products share one. */
public final class ProviderPaths {
    public static final String DYNATRACE_EVENTS = "/api/v1/events";
    public static final String DATADOG_EVENTS = "/api/v1/events";
    public static final String DYNATRACE_METRICS = "/api/v2/metrics/ingest";

    private ProviderPaths() {
    }
}
