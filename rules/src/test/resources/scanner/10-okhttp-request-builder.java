package com.acme.okhttp;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

public class OkLogShipper {
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient client = new OkHttpClient();

    void ship(String dtUrl, String token, String json) throws Exception {
        Request request = new Request.Builder()
                .url(dtUrl + "/api/v2/logs/ingest") // expect: POST /api/v2/logs/ingest [logs.ingest] (concatenation)
                .addHeader("Authorization", "Api-Token " + token)
                .post(RequestBody.create(json, JSON))
                .build();
        client.newCall(request).execute().close();
    }
}
