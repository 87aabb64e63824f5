package com.acme.okhttp;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

public class OkEntityReader {
    private final OkHttpClient client = new OkHttpClient();

    String read(String host, String entityId) throws Exception {
        HttpUrl url = new HttpUrl.Builder()
                .scheme("https")
                .host(host)
                .addPathSegments("api/v2/entities")
                .addPathSegment(entityId)
                .addQueryParameter("fields", "+properties")
                .build();
        Request request = new Request.Builder().url(url).get().build(); // expect: GET /api/v2/entities/{entityId} [entities.read] (builder)
        request = request.newBuilder().header("Authorization", "Api-Token " + System.getenv("DT_TOKEN")).build();
        return client.newCall(request).execute().body().string();
    }
}
