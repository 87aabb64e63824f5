package com.acme.spring;

import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

public class ExpandedTemplate {
    private final RestTemplate restTemplate = new RestTemplate();
    private final String dynatraceUrl = System.getenv("DT_URL");

    Object problem(String problemId) {
        String url = UriComponentsBuilder.fromUriString(dynatraceUrl + "/api/v2/problems/{problemId}")
                .queryParam("fields", "evidenceDetails")
                .buildAndExpand(problemId)
                .toUriString();
        return restTemplate.getForObject(url, Object.class); // expect: GET /api/v2/problems/{problemId} [problems.read] (builder)
    }
}
