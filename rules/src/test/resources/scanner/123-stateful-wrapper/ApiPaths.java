package com.acme.stateful;

public final class ApiPaths {
    public static final String CLUSTER_VERSION = "/api/v1/config/clusterversion";
    public static final String V2 = "/api/v2";
    public static final String EVENTS = "/events/ingest";

    private ApiPaths() {
    }
}
