package com.acme.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes the service's business metrics to Dynatrace in the line protocol. */
public class MetricsExporter {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String environmentUrl = System.getenv("DT_ENVIRONMENT_URL");
    private final String token = System.getenv("DT_METRICS_TOKEN");

    public void export(String lines) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(environmentUrl + DynatraceEndpoints.METRICS_INGEST))
                .header("Authorization", "Api-Token " + token)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(lines))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("metrics ingest failed: " + response.statusCode());
        }
    }
}
