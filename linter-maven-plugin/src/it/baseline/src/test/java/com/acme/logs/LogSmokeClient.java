package com.acme.logs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends one log line during smoke tests; a call the baseline has never seen. */
public final class LogSmokeClient {

    public int ping() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("https://abc123.live.dynatrace.com/api/v2/logs/ingest"))
                .header("Authorization", "Api-Token " + System.getenv("DT_METRICS_TOKEN"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"content\":\"smoke\"}]"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
