package com.acme.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes metric lines to Dynatrace with java.net.http. */
public class MetricPusher {
    private final HttpClient http = HttpClient.newHttpClient();

    public void push(String lines, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://abc12345.live.dynatrace.com/api/v2/metrics/ingest")) // expect: POST /api/v2/metrics/ingest [metrics.ingest] (literal)
                .header("Authorization", "Api-Token " + token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(lines))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
