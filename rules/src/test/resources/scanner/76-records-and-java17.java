package com.acme.modern;

import java.net.URI;
import java.net.http.HttpRequest;

public class ModernClient {
    record Target(String base, String path) {
    }

    sealed interface Call permits Read {
    }

    record Read(String id) implements Call {
    }

    private static final String DYNATRACE = "https://abc12345.live.dynatrace.com";

    HttpRequest request(Call call) {
        return switch (call) {
            case Read r -> HttpRequest.newBuilder(URI.create(DYNATRACE + "/api/v2/entities/" + r.id())).build(); // expect: GET /api/v2/entities/{entityId} [entities.read] (concatenation)
        };
    }
}
