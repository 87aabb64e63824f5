package com.acme.restclient;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

public class SettingsClient {
    private final RestClient dynatraceRestClient;

    SettingsClient(RestClient dynatraceRestClient) {
        this.dynatraceRestClient = dynatraceRestClient;
    }

    void write(Object body) {
        dynatraceRestClient.method(HttpMethod.POST).uri("/api/v2/settings/objects").body(body).retrieve(); // expect: POST /api/v2/settings/objects [settings.write] (literal)
    }

    String read(String schemaId) {
        return dynatraceRestClient.get()
                .uri(builder -> builder.path("/api/v2/settings/objects").queryParam("schemaIds", schemaId).build()) // expect: GET /api/v2/settings/objects [settings.read] (builder)
                .retrieve()
                .body(String.class);
    }
}
