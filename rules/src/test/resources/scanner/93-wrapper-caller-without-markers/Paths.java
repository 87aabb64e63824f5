package com.acme.gateway;

final class Paths {
    static final String API = "/api";
    static final String SLO = "/slo";
    static final String V2 = "/v2";

    private Paths() {
    }
}
