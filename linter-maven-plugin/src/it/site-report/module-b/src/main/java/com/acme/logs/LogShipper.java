package com.acme.logs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Ships JSON log records to the Dynatrace log ingest API. */
public final class LogShipper {

    private static final String LOG_INGEST = "https://abc123.live.dynatrace.com/api/v2/logs/ingest";

    private final HttpClient client = HttpClient.newHttpClient();

    public int ship(String jsonRecords) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(LOG_INGEST))
                .header("Authorization", "Api-Token " + System.getenv("DT_LOGS_TOKEN"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(jsonRecords))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
