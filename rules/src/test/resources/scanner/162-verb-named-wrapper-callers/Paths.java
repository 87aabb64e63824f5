package com.acme.relay;

final class Paths {
    static final String EVENTS = "/api/v2/events/ingest";

    private Paths() {
    }
}
