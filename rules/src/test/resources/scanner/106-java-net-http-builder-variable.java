package com.acme.builder;

import java.net.URI;
import java.net.http.HttpRequest;

public class BuilderVariable {
    HttpRequest delete(String dynatraceUrl, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder();
        builder.uri(URI.create(dynatraceUrl + "/api/v2/metrics/" + key)); // expect: DELETE /api/v2/metrics/{metricKey} [metrics.write] (concatenation)
        builder.header("Authorization", "Api-Token " + System.getenv("DT_TOKEN"));
        builder.DELETE();
        return builder.build();
    }
}
