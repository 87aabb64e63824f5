package com.acme.legacy;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;

public class LegacyIngest {
    public void send(String tenant, String token, byte[] body) throws Exception {
        HttpURLConnection conn = (HttpURLConnection) new URL(tenant + "/api/v2/logs/ingest").openConnection(); // expect: POST /api/v2/logs/ingest [logs.ingest] (concatenation)
        conn.setRequestMethod("POST");
        conn.setRequestProperty("Authorization", "Api-Token " + token);
        conn.setDoOutput(true);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(body);
        }
    }
}
