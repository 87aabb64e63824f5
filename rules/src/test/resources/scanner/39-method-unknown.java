package com.acme.generic;

import java.net.URI;
import java.net.http.HttpRequest;

public class GenericRequests {
    HttpRequest send(String method, String dtUrl) {
        return HttpRequest.newBuilder(URI.create(dtUrl + "/api/v2/events")) // expect: ? /api/v2/events [events.read] (concatenation)
                .method(method, HttpRequest.BodyPublishers.noBody()) // the method is a parameter
                .build();
    }
}
