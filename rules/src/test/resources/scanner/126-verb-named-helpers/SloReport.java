package com.acme.helpers;

class SloReport {
    static final String SLO_ENDPOINT = "/api/v2/slo";
    private final EnvironmentApi api;

    SloReport(EnvironmentApi api) {
        this.api = api;
    }

    void run() throws Exception {
        api.executePagedGetRequest(SLO_ENDPOINT); // expect: GET /api/v2/slo [slo.read] (constant)
        api.executePagedGetRequest("/api/v2/entities"); // expect: GET /api/v2/entities [entities.read] (literal)
        api.doPost("/api/v2/events/ingest", "{}"); // expect: POST /api/v2/events/ingest [events.ingest] (literal)
    }
}
