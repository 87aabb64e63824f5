package com.acme.sender;

import io.micrometer.core.ipc.http.HttpSender;

/**
 * Pushes to Dynatrace through an HTTP abstraction whose implementation is chosen at run time:
 * the verb-named method is the call site.
 */
class TimeseriesPusher {
    private final HttpSender httpClient;
    private final String endpoint;
    private final String token;

    TimeseriesPusher(HttpSender httpClient, String endpoint, String token) {
        this.httpClient = httpClient;
        this.endpoint = endpoint;
        this.token = token;
    }

    void push(String metricId, String body) throws Throwable {
        httpClient.put(endpoint + "/api/v1/timeseries/custom:" + metricId + "?api-token=" + token) // expect: PUT /api/v1/timeseries/{timeseriesIdentifier} [DataExport] (concatenation)
                .withJsonContent(body)
                .send();
        httpClient.post(endpoint + "/api/v2/metrics/ingest").withPlainText(body).send(); // expect: POST /api/v2/metrics/ingest [metrics.ingest] (concatenation)
    }

    void lookAlikes(java.util.Map<String, String> cache) throws Throwable {
        // a PUT of a path that only accepts GET and POST: not a call of that verb
        httpClient.put(endpoint + "/api/v2/metrics/ingest").send();
        // a verb-named method whose argument is no path
        cache.get("metrics");
        // another vendor's host
        httpClient.post("https://api.datadoghq.com/api/v1/series").send();
    }
}
