package com.acme.reactive;

import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

public class ReactiveProblems {
    private final WebClient dynatrace;

    ReactiveProblems(WebClient.Builder builder) {
        this.dynatrace = builder.baseUrl(System.getenv("DT_URL")).build();
    }

    Mono<String> problem(String problemId) {
        return dynatrace.get()
                .uri("/api/v2/problems/{problemId}", problemId) // expect: GET /api/v2/problems/{problemId} [problems.read] (literal)
                .retrieve()
                .bodyToMono(String.class);
    }
}
