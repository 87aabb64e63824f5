package com.acme.events;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Marks each production release on the affected services in Dynatrace. */
public class ReleaseAnnotator {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client = new OkHttpClient();
    private final String baseUrl;
    private final String token;

    public ReleaseAnnotator(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public void announce(String version) throws IOException {
        String body = "{\"eventType\":\"CUSTOM_DEPLOYMENT\",\"title\":\"Release " + version + "\"}";
        Request request = new Request.Builder()
                .url(baseUrl + "/api/v2/events/ingest")
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("event ingest failed: " + response.code());
            }
        }
    }
}
