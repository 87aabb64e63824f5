package com.acme.notify;

import io.micrometer.core.ipc.http.HttpSender;

/** Reports to Dynatrace through a library's sender; only the constants class it names holds the path. */
public class MetricsReporter {
    private final HttpSender sender;
    private final String tenantUrl;

    MetricsReporter(HttpSender sender, String tenantUrl) {
        this.sender = sender;
        this.tenantUrl = tenantUrl;
    }

    void report(String lines) throws Throwable {
        sender.post(tenantUrl + ProviderPaths.DYNATRACE_METRICS).withPlainText(lines).send(); // expect: POST /api/v2/metrics/ingest [metrics.ingest] (cross-file-constant)
    }
}
