package org.example.monitoring.client.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.example.monitoring.client.ApiClient;

public class MetricsApi {
    private final HttpClient memberVarHttpClient;
    private final String memberVarBaseUri;

    public MetricsApi(ApiClient apiClient) {
        memberVarHttpClient = apiClient.getHttpClient();
        memberVarBaseUri = apiClient.getBaseUri();
    }

    public String ingest(String lines) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder();
        String localVarPath = "/metrics/ingest";
        b.uri(URI.create(memberVarBaseUri + localVarPath)); // expect: POST /api/v2/metrics/ingest [metrics.ingest]
        b.method("POST", HttpRequest.BodyPublishers.ofString(lines));
        return memberVarHttpClient.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    public HttpRequest.Builder describeRequest(String metricKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder();
        String localVarPath = "/metrics/{metricKey}".replace("{metricKey}", metricKey);
        b.uri(URI.create(memberVarBaseUri + localVarPath)); // expect: GET /api/v2/metrics/{metricKey} [metrics.read]
        b.method("GET", HttpRequest.BodyPublishers.noBody());
        return b;
    }
}
