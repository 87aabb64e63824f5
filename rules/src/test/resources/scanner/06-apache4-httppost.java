package com.acme.events;

import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;

public class EventSender {
    private final CloseableHttpClient client;
    private final String dynatraceUrl;

    EventSender(CloseableHttpClient client, String dynatraceUrl) {
        this.client = client;
        this.dynatraceUrl = dynatraceUrl;
    }

    void send(String json) throws Exception {
        HttpPost post = new HttpPost(dynatraceUrl + "/api/v2/events/ingest"); // expect: POST /api/v2/events/ingest [events.ingest] (concatenation)
        post.setEntity(new StringEntity(json));
        client.execute(post);
    }
}
