package com.acme.spring;

import java.net.URI;
import org.springframework.http.RequestEntity;
import org.springframework.web.client.RestTemplate;

public class RequestEntityCalls {
    private final RestTemplate restTemplate = new RestTemplate();
    private static final String DT = "https://abc12345.live.dynatrace.com";

    void create(Object extension) {
        RequestEntity<Object> request = RequestEntity.post(URI.create(DT + "/api/v2/extensions")) // expect: POST /api/v2/extensions [extensions.write] (concatenation)
                .header("Authorization", "Api-Token " + System.getenv("DT_TOKEN"))
                .body(extension);
        restTemplate.exchange(request, String.class);
    }
}
