package com.acme.events;

/** Where the Dynatrace Events API lives. */
public final class EventPaths {
    public static final String EVENTS = "/api/v2/events/ingest";

    private EventPaths() {
    }
}
