package com.acme.tenantops;

import com.acme.tenantops.net.Connections;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Talks to a Dynatrace tenant through connections a helper opens; each method sets its own verb. */
public class TenantOps {
    private static final String TENANT = "https://xyz98765.live.dynatrace.com";
    private static final String DELETE = "DELETE";

    public void sendEvent(String json) throws IOException {
        HttpURLConnection con = Connections.open(new URL(TENANT + "/api/v2/events/ingest")); // expect: POST /api/v2/events/ingest [events.ingest]
        con.setRequestMethod("POST");
        con.setDoOutput(true);
        try (OutputStream out = con.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        con.getResponseCode();
    }

    public int countProblems() throws IOException {
        HttpURLConnection con = Connections.open(TENANT + "/api/v2/problems", 5000); // expect: GET /api/v2/problems [problems.read]
        return con.getResponseCode();
    }

    public void writeLines(String lines) throws IOException {
        var con = Connections.open(TENANT + "/api/v2/metrics/ingest", 2000); // expect: POST /api/v2/metrics/ingest [metrics.ingest]
        con.setDoOutput(true);
        con.getOutputStream().write(lines.getBytes(StandardCharsets.UTF_8));
    }

    public void dropTags(String selector) throws IOException {
        HttpURLConnection con;
        con = Connections.open(new URL(TENANT + "/api/v2/tags?entitySelector=" + selector)); // expect: DELETE /api/v2/tags [entities.write]
        con.setRequestMethod(DELETE);
        con.getResponseCode();
    }
}
