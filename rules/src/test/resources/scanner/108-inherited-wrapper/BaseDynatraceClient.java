package com.acme.inherit;

import org.springframework.web.client.RestTemplate;

public abstract class BaseDynatraceClient {
    private final RestTemplate restTemplate = new RestTemplate();
    private final String baseUrl = System.getenv("DT_URL");

    protected void post(String path, Object body) {
        restTemplate.postForEntity(baseUrl + path, body, Void.class);
    }
}
