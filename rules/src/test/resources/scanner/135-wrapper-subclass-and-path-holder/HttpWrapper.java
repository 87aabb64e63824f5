package com.acme.notify;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/** A vendor-neutral wrapper: it names no product and no path, so it is parsed only for its client. */
public class HttpWrapper {
    private final RestTemplate template = new RestTemplate();
    private String baseUrl;

    protected void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public <T> ResponseEntity<T> post(String suffix, String body, Class<T> type) {
        return template.exchange(baseUrl + suffix, HttpMethod.POST, new HttpEntity<>(body), type);
    }
}
