package com.acme.wrap;

public class HealthJob {
    private final DynatraceClient dynatrace = new DynatraceClient();

    void run(String problemId) throws Exception {
        dynatrace.get("/api/v2/problems/" + problemId); // expect: GET /api/v2/problems/{problemId} [problems.read] (concatenation)
        dynatrace.get(Paths.ENTITIES); // expect: GET /api/v2/entities [entities.read] (cross-file-constant)
        dynatrace.post("/api/v2/events/ingest", "{}"); // expect: POST /api/v2/events/ingest [events.ingest] (literal)
    }
}
