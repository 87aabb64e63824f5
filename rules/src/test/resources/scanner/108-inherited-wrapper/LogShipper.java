package com.acme.inherit;

public class LogShipper extends BaseDynatraceClient {
    void ship(Object lines) {
        post("/api/v2/logs/ingest", lines); // expect: POST /api/v2/logs/ingest [logs.ingest] (literal)
    }
}
