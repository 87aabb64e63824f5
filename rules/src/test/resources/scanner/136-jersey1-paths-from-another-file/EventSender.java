package com.acme.events;

import com.sun.jersey.api.client.AsyncWebResource;
import com.sun.jersey.api.client.Client;
import com.sun.jersey.api.client.ClientResponse;

/** Sends events with the Jersey 1 client; the path comes from another class, nothing here names a path. */
class EventSender {
    private final Client client = Client.create();
    private final String baseUrl;

    EventSender(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void send(String body) {
        client.resource(baseUrl + EventPaths.EVENTS).type("application/json").post(ClientResponse.class, body); // expect: POST /api/v2/events/ingest [events.ingest] (cross-file-constant)
    }

    void sendLater(String body) {
        AsyncWebResource later = client.asyncResource(baseUrl + EventPaths.EVENTS); // expect: POST /api/v2/events/ingest [events.ingest] (cross-file-constant)
        later.type("application/json").post(ClientResponse.class, body);
    }
}
