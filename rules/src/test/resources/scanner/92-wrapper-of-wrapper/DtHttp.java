package com.acme.layers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Lowest layer: sends any request to the Dynatrace tenant. */
class DtHttp {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String tenant = System.getenv("DT_TENANT_URL");

    String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tenant + path))
                .header("Authorization", "Api-Token " + System.getenv("DT_API_TOKEN"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
