package com.acme.exchange;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** A Spring HTTP interface client for Dynatrace metrics. */
@HttpExchange("/api/v2/metrics")
public interface DynatraceMetricsApi {

    @GetExchange("/{metricKey}") // expect: GET /api/v2/metrics/{metricKey} [metrics.read] (annotation)
    String describe(@PathVariable String metricKey);

    @PostExchange("/ingest") // expect: POST /api/v2/metrics/ingest [metrics.ingest] (annotation)
    void ingest(@RequestBody String lines);
}
