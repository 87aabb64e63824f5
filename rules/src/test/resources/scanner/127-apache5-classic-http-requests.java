package com.acme.hc5;

import java.net.URI;
import org.apache.hc.client5.http.classic.methods.ClassicHttpRequests;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Method;

/** Dynatrace events through Apache HttpClient 5's request factories. */
class EventSender {
    private final CloseableHttpClient client;
    private final String base;

    EventSender(CloseableHttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    void send() throws Exception {
        ClassicHttpRequest post = ClassicHttpRequests.post(String.format("%s/api/v2/events/ingest", base)); // expect: POST /api/v2/events/ingest [events.ingest] (format)
        ClassicHttpRequest get = ClassicHttpRequests.get(URI.create(base + "/api/v2/problems")); // expect: GET /api/v2/problems [problems.read] (concatenation)
        ClassicHttpRequest del = ClassicHttpRequests.create(Method.DELETE, base + "/api/v2/tags"); // expect: DELETE /api/v2/tags [entities.write] (concatenation)
        client.execute(post, r -> null);
    }
}
