package com.acme.loops;

import java.net.http.HttpRequest;

class Pong {
    private final Ping ping = new Ping();

    HttpRequest pong(String path) {
        return ping.ping(path); // and back: a cycle with no client in it
    }

    HttpRequest start() {
        return ping.get("/api/v2/entities/" + "HOST-1"); // expect: GET /api/v2/entities/{entityId} [entities.read] (concatenation)
    }
}
