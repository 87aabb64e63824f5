package com.acme.iface;

public class ProblemPoller {
    private final DynatraceApi api;

    ProblemPoller(DynatraceApi api) {
        this.api = api;
    }

    String poll() {
        return api.get("/api/v2/problems?problemSelector=status(open)"); // expect: GET /api/v2/problems [problems.read] (literal)
    }
}
