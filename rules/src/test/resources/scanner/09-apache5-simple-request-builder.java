package com.acme.async;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;

public class AsyncMetricsQuery {
    SimpleHttpRequest query(String dynatraceBase, String selector) {
        return SimpleRequestBuilder.get(dynatraceBase + "/api/v2/metrics/query?metricSelector=" + selector) // expect: GET /api/v2/metrics/query [metrics.read] (concatenation)
                .build();
    }
}
