package com.acme.test;

import java.net.URI;
import java.net.http.HttpRequest;

/** Calls a mock server on localhost that imitates Dynatrace in tests: not a real Dynatrace call. */
class MockDynatraceTest {
    HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://localhost:8089/api/v2/metrics/ingest")).build();
    }
}
