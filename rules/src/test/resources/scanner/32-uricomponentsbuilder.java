package com.acme.spring;

import java.net.URI;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

public class EntityQuery {
    private final RestTemplate restTemplate = new RestTemplate();

    Object entities(String dynatraceUrl, String selector) {
        URI uri = UriComponentsBuilder.fromHttpUrl(dynatraceUrl)
                .path("/api/v2")
                .pathSegment("entities")
                .queryParam("entitySelector", selector)
                .build()
                .toUri();
        return restTemplate.getForObject(uri, Object.class); // expect: GET /api/v2/entities [entities.read] (builder)
    }
}
