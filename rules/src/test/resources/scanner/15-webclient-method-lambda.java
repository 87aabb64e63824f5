package com.acme.reactive;

import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

public class ReactiveSlo {
    private final WebClient dynatraceClient;

    ReactiveSlo(WebClient dynatraceClient) {
        this.dynatraceClient = dynatraceClient;
    }

    void create(Object slo) {
        dynatraceClient.method(HttpMethod.POST)
                .uri(b -> b.path("/api/v2/slo").build()) // expect: POST /api/v2/slo [slo.write] (builder)
                .bodyValue(slo)
                .retrieve();
    }
}
