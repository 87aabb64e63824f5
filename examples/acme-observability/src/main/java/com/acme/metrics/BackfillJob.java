package com.acme.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Reads back the series the exporter wrote, to fill gaps after an outage. */
public class BackfillJob {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String environmentUrl = System.getenv("DT_ENVIRONMENT_URL");
    private final String token = System.getenv("DT_METRICS_TOKEN");

    public String readSeries(String selector) throws IOException, InterruptedException {
        String query = "?metricSelector=" + URLEncoder.encode(selector, StandardCharsets.UTF_8) + "&from=now-1d";
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(environmentUrl + DynatraceEndpoints.METRICS_QUERY + query))
                .header("Authorization", "Api-Token " + token)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
