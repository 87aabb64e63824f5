package com.acme.reactive;

import java.net.URI;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

public class ReactiveEntities {
    private final WebClient webClient = WebClient.create();

    String entities(String dynatraceUrl) {
        URI uri = UriComponentsBuilder.fromHttpUrl(dynatraceUrl).pathSegment("api", "v2", "entities").build().toUri();
        return webClient.get().uri(uri).retrieve().bodyToMono(String.class).block(); // expect: GET /api/v2/entities [entities.read] (builder)
    }
}
