package com.acme.mixed;

import org.apache.http.client.methods.HttpGet;

/** A Dynatrace client whose constants include paths it never requests. */
public class DynatraceMixed {
    private static final String UNUSED_INGEST = "/api/v2/metrics/ingest";
    private static final String PROBLEMS = "/api/v2/problems";
    private static final String HEALTH = "https://status.acme.internal/health";

    HttpGet problems(String dynatraceUrl) {
        return new HttpGet(dynatraceUrl + PROBLEMS); // expect: GET /api/v2/problems [problems.read] (concatenation)
    }

    HttpGet health() {
        return new HttpGet(HEALTH);
    }
}
