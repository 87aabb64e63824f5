package com.acme.wrap;

import java.io.IOException;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/** In-house wrapper: callers pass the API path. */
public class DynatraceClient {
    private final CloseableHttpClient http = HttpClients.createDefault();
    private final String baseUrl = System.getenv("DT_URL");
    private final String token = System.getenv("DT_API_TOKEN");

    public String get(String path) throws IOException {
        HttpGet get = new HttpGet(baseUrl + path);
        get.setHeader("Authorization", "Api-Token " + token);
        return http.execute(get, r -> new String(r.getEntity().getContent().readAllBytes()));
    }

    public void post(String path, String body) throws IOException {
        HttpPost post = new HttpPost(baseUrl + path);
        post.setHeader("Authorization", "Api-Token " + token);
        http.execute(post, r -> null);
    }
}
