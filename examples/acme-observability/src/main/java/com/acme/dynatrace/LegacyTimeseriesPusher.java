package com.acme.dynatrace;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** The old custom-metric pusher, still run by the batch cluster. */
public class LegacyTimeseriesPusher {

    private static final String TIMESERIES = "/api/v1/timeseries/custom";

    private final String baseUrl;
    private final String token;

    public LegacyTimeseriesPusher(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public void register(String metric, String json) throws IOException {
        URL url = new URL(baseUrl + TIMESERIES + ":" + metric + "?Api-Token=" + token);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("PUT");
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        connection.getResponseCode();
    }
}
