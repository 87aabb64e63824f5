package com.acme.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;

/** Sends to Dynatrace a path that only the configuration knows: an unresolved call, never dropped. */
class ConfiguredExport {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Properties settings = new Properties();

    @Value("${export.path}")
    private String exportPath;

    void run(String tenant) throws Exception {
        String path = settings.getProperty("dt.export.path");
        HttpRequest fromProperties = HttpRequest.newBuilder(URI.create(tenant + path)).GET().build(); // expect: GET <unresolved>
        HttpRequest fromValue = HttpRequest.newBuilder(URI.create(tenant + exportPath)) // expect: POST <unresolved>
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        http.send(fromProperties, HttpResponse.BodyHandlers.discarding());
        http.send(fromValue, HttpResponse.BodyHandlers.discarding());
    }
}
