package com.acme.gateway;

import org.springframework.web.client.RestTemplate;

public class ObservabilityGateway {
    private final RestTemplate restTemplate = new RestTemplate();
    private final String baseUrl = System.getenv("DT_URL");

    public <T> T read(String path, Class<T> type) {
        return restTemplate.getForObject(baseUrl + path, type);
    }
}
