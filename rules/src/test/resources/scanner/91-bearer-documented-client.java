package com.acme.events;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Marks each production release in Dynatrace. */
public class ReleaseMarker {
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient client = new OkHttpClient();
    private final String baseUrl;

    ReleaseMarker(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void mark(String token, String body) throws Exception {
        Request request = new Request.Builder()
                .url(baseUrl + "/api/v2/events/ingest") // expect: POST /api/v2/events/ingest [events.ingest] (concatenation)
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body, JSON))
                .build();
        client.newCall(request).execute().close();
    }
}
