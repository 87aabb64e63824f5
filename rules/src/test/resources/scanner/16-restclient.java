package com.acme.restclient;

import org.springframework.web.client.RestClient;

public class AuditLogReader {
    private final RestClient dynatrace = RestClient.builder()
            .baseUrl("https://abc12345.live.dynatrace.com")
            .defaultHeader("Authorization", "Api-Token " + System.getenv("DT_AUDIT_TOKEN"))
            .build();

    String auditLogs() {
        return dynatrace.get().uri("/api/v2/auditlogs").retrieve().body(String.class); // expect: GET /api/v2/auditlogs [auditLogs.read] (literal)
    }
}
