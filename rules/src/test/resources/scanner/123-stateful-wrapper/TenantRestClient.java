package com.acme.stateful;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

/**
 * Keeps the tenant URL and the URL of the next request in fields; the verb-named methods set
 * them and a later execute() sends through RestTemplate.
 */
public class TenantRestClient {
    private final RestTemplate restTemplate = new RestTemplate();
    private String baseUrl;
    private String requestUrl;
    private HttpMethod httpMethod;
    private Object body;

    public TenantRestClient(String tenantUrl) {
        this.baseUrl = tenantUrl;
    }

    protected void setRequestUrl(String suffix) {
        this.requestUrl = baseUrl + suffix;
    }

    public <T> T get(String suffix, Class<T> type) {
        setRequestUrl(suffix);
        this.httpMethod = HttpMethod.GET;
        this.body = null;
        return execute(type);
    }

    public <T> T post(String suffix, Object payload, Class<T> type) {
        setRequestUrl(suffix);
        this.httpMethod = HttpMethod.POST;
        this.body = payload;
        return execute(type);
    }

    private <T> T execute(Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", "Api-Token " + System.getenv("DT_API_TOKEN"));
        return restTemplate.exchange(requestUrl, httpMethod, new HttpEntity<>(body, headers), type).getBody();
    }
}
