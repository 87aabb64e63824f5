package com.acme.docs;

import io.swagger.v3.oas.annotations.Operation;

/** OpenAPI documentation of our Dynatrace proxy: annotations that name paths are not requests. */
public class ProxyDocs {
    @Operation(summary = "Forwards to POST /api/v2/metrics/ingest on Dynatrace")
    @Deprecated(since = "/api/v2/problems")
    public void forward() {
    }
}
