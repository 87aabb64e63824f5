package com.acme.problems;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

/** Mirrors open Dynatrace problems into the on-call dashboard. */
public class ProblemFeed {

    private static final String PROBLEMS = "/api/v2/problems";
    private static final String ENTITY = "/api/v2/entities/{entityId}";

    private final RestTemplate rest = new RestTemplate();
    private final String baseUrl = System.getenv("DT_ENVIRONMENT_URL");

    public String openProblems() {
        return rest.exchange(baseUrl + PROBLEMS + "?problemSelector=status(\"open\")", HttpMethod.GET,
                new HttpEntity<>(headers()), String.class).getBody();
    }

    public String affectedEntity(String entityId) {
        return rest.exchange(baseUrl + ENTITY, HttpMethod.GET, new HttpEntity<>(headers()), String.class, entityId)
                .getBody();
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", "Api-Token " + System.getenv("DT_PROBLEMS_TOKEN"));
        return headers;
    }
}
