package com.acme.modern;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Java 22+ syntax (unnamed variables) around a Dynatrace call still parses. */
public class UnnamedVariables {
    private final HttpClient http = HttpClient.newHttpClient();

    int problemsStatus(String dynatraceUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(dynatraceUrl + "/api/v2/problems")).build(); // expect: GET /api/v2/problems [problems.read] (concatenation)
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException _) {
            return -1;
        }
    }
}
