package com.acme.weather;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads a forecast from a public weather service; nothing here talks to Dynatrace. */
public final class ForecastClient {

    private final HttpClient client = HttpClient.newHttpClient();

    public String forecast(String city) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://weather.example.org/v1/forecast?city=" + city))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
