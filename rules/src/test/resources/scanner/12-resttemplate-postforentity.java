package com.acme.spring;

import org.springframework.web.client.RestTemplate;

public class DynatraceEventClient {
    private final RestTemplate restTemplate;
    private final String baseUrl;

    DynatraceEventClient(RestTemplate restTemplate, String baseUrl) {
        this.restTemplate = restTemplate;
        this.baseUrl = baseUrl;
    }

    void post(Object event) {
        restTemplate.postForEntity(baseUrl + "/api/v2/events/ingest", event, Void.class); // expect: POST /api/v2/events/ingest [events.ingest] (concatenation)
    }

    Object problems() {
        return restTemplate.getForObject(baseUrl + "/api/v2/problems", Object.class); // expect: GET /api/v2/problems [problems.read] (concatenation)
    }
}
