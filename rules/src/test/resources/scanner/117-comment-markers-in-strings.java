package com.acme.ingest;

/*
 * A path in a string can hold what looks like a comment: "//" and "/*" inside literals do not
 * start one, so the prefilter still finds this file's client package and path below, and nothing here
 * names the vendor: the path alone is the evidence.
 */
public class LineSender {
    private static final String SEPARATOR = "/*";
    private static final char QUOTE = '"';

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    public void send(String tenant, String lines, String auth) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(tenant + "/api/v2/metrics/ingest")) // expect: POST /api/v2/metrics/ingest [metrics.ingest] (concatenation)
                .header("Authorization", auth)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(lines + SEPARATOR + QUOTE))
                .build();
        http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
    }
}
