package com.acme.builder;

import java.net.URI;
import java.net.http.HttpRequest;

public class MetricQueryBuilder {
    HttpRequest query(String dynatraceHost, String selector) {
        StringBuilder url = new StringBuilder("https://");
        url.append(dynatraceHost);
        url.append("/api/v2/metrics/query");
        url.append("?metricSelector=").append(selector);
        return HttpRequest.newBuilder(URI.create(url.toString())).build(); // expect: GET /api/v2/metrics/query [metrics.read] (builder)
    }
}
