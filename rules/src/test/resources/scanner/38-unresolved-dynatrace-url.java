package com.acme.dynamic;

import java.net.URI;
import java.net.http.HttpRequest;

public class DynamicPaths {
    HttpRequest anything(String dynatraceEndpoint) {
        return HttpRequest.newBuilder(URI.create(dynatraceEndpoint)).build(); // expect: GET <unresolved>
    }

    HttpRequest fromConfig(Config config) {
        return HttpRequest.newBuilder(URI.create(config.getDtApiUrl())) // expect: POST <unresolved>
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    interface Config {
        String getDtApiUrl();
    }
}
