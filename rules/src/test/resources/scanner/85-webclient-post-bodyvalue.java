package com.acme.reactive;

import org.springframework.web.reactive.function.client.WebClient;

public class ReactiveEvents {
    private static final String EVENTS = "/api/v2/events/ingest";

    void send(WebClient dynatrace, Object event) {
        dynatrace.post().uri(EVENTS).bodyValue(event).retrieve().toBodilessEntity().block(); // expect: POST /api/v2/events/ingest [events.ingest] (constant)
    }
}
