package com.acme.enums;

import org.apache.http.client.methods.HttpGet;

public class EnumPaths {
    enum Endpoint {
        PROBLEMS("Problems", "/api/v2/problems"),
        AUDIT("Audit", "/api/v2/auditlogs");

        private final String title;
        private final String path;

        Endpoint(String title, String path) {
            this.title = title;
            this.path = path;
        }

        String getPath() {
            return path;
        }
    }

    HttpGet audit(String dynatraceUrl) {
        return new HttpGet(dynatraceUrl + Endpoint.AUDIT.getPath()); // expect: GET /api/v2/auditlogs [auditLogs.read] (concatenation)
    }
}
