package com.acme.relay;

/** No path and no product name of its own: read because it names the class that holds the path. */
class EventJob {
    private final Gateway gateway;

    EventJob(Gateway gateway) {
        this.gateway = gateway;
    }

    void run() throws Throwable {
        gateway.publish(Paths.EVENTS, "{\"title\":\"deploy\"}"); // expect: POST /api/v2/events/ingest [events.ingest] (cross-file-constant)
    }
}
