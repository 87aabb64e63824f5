package com.acme.dt.read;

import static com.acme.dt.DtPaths.PROBLEMS;

import org.springframework.web.client.RestTemplate;

public class Reader {
    private final RestTemplate restTemplate = new RestTemplate();

    Object problems(String tenantUrl) {
        return restTemplate.getForObject(tenantUrl + PROBLEMS, Object.class); // expect: GET /api/v2/problems [problems.read] (cross-file-constant)
    }
}
