package com.acme.resolve;

import java.net.URI;
import java.net.http.HttpRequest;

public class ResolvedUri {
    private static final URI TENANT = URI.create("https://abc12345.live.dynatrace.com/");

    HttpRequest securityProblems() {
        URI target = TENANT.resolve("/api/v2/securityProblems");
        return HttpRequest.newBuilder(target).GET().build(); // expect: GET /api/v2/securityProblems [securityProblems.read] (builder)
    }

    HttpRequest relative(URI apiBase) {
        return HttpRequest.newBuilder(apiBase.resolve("api/v2/activeGates")).build(); // expect: GET /api/v2/activeGates [activeGates.read] (builder)
    }
}
