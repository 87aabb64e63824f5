package com.acme.spring;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

public class DashboardSync {
    private static final String DASHBOARDS = "/api/config/v1/dashboards/";
    private final RestTemplate rest = new RestTemplate();

    void update(String dt, String id, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Api-Token " + System.getenv("DT_CONFIG_TOKEN"));
        rest.exchange(dt + DASHBOARDS + id, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class); // expect: PUT /api/config/v1/dashboards/{id} [WriteConfig] (concatenation)
    }

    void delete(String dt, String id) {
        rest.delete(dt + DASHBOARDS + id); // expect: DELETE /api/config/v1/dashboards/{id} [WriteConfig]
    }
}
