package com.acme.tokens;

import org.springframework.web.client.RestTemplate;

public class LegacyTokenCreator {
    private final RestTemplate restTemplate;

    LegacyTokenCreator(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    String create(String dynatraceUrl, Object body) {
        return restTemplate.postForObject(dynatraceUrl + "/api/v1/tokens", body, String.class); // expect: POST /api/v1/tokens [TenantTokenManagement] (concatenation)
    }
}
