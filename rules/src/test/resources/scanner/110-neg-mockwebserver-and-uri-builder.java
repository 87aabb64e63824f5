package com.acme.test;

import java.net.URI;
import java.net.http.HttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.springframework.web.util.UriComponentsBuilder;

/** Test support for the Dynatrace client: MockWebServer.url and UriComponentsBuilder.uri are not requests. */
class DynatraceClientTestSupport {
    private final MockWebServer server = new MockWebServer();
    private final HttpClient http = HttpClient.newHttpClient();

    String mockedIngestUrl() {
        return server.url("/api/v2/metrics/ingest").toString();
    }

    URI rebased(URI dynatraceBase) {
        return UriComponentsBuilder.newInstance().uri(dynatraceBase).path("/api/v2/problems").build().toUri();
    }
}
