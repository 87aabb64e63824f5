package com.acme.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes metric lines to the Dynatrace metrics ingest API. */
public final class MetricsExporter {

    private static final String ENVIRONMENT = "https://abc123.live.dynatrace.com";
    private static final String INGEST = "/api/v2/metrics/ingest";

    private final HttpClient client = HttpClient.newHttpClient();

    public int send(String lines) throws IOException, InterruptedException {
        String token = System.getenv("DT_METRICS_TOKEN");
        HttpRequest request = HttpRequest.newBuilder(URI.create(ENVIRONMENT + INGEST))
                .header("Authorization", "Api-Token " + token)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(lines))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
