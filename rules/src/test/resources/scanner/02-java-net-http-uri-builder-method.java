package com.acme.problems;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class ProblemReader {
    private static final String PROBLEMS = "/api/v2/problems";
    private final String baseUrl = System.getenv("DT_URL");

    public String list(HttpClient http) throws Exception {
        HttpRequest request = HttpRequest.newBuilder()
                .GET()
                .uri(URI.create(baseUrl + PROBLEMS + "?from=now-2h")) // expect: GET /api/v2/problems [problems.read] (concatenation)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
