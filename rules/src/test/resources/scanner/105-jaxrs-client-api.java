package com.acme.jaxrsclient;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;

public class JaxRsEvents {
    private final Client client = ClientBuilder.newClient();

    void send(String dynatraceUrl, String json) {
        client.target(dynatraceUrl) // expect: POST /api/v2/events/ingest [events.ingest] (builder)
                .path("api/v2/events/ingest")
                .request()
                .header("Authorization", "Api-Token " + System.getenv("DT_TOKEN"))
                .post(Entity.json(json));
    }
}
