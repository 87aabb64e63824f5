package com.acme.feign;

import feign.Feign;
import feign.RequestLine;

public class FeignFactory {
    interface Metrics {
        @RequestLine("GET /metrics/query?metricSelector={selector}") // expect: GET /api/v2/metrics/query [metrics.read] (annotation)
        String query(String selector);
    }

    Metrics metrics(String tenant) {
        return Feign.builder().target(Metrics.class, tenant + "/api/v2");
    }
}
