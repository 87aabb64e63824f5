package com.acme.settings;

import java.net.URI;
import java.net.http.HttpRequest;

public class SettingsWriter {
    static final String SETTINGS_OBJECTS = "/api/v2/settings/objects";

    HttpRequest write(String dtUrl, String json) {
        return HttpRequest.newBuilder()
                .uri(URI.create(dtUrl + SETTINGS_OBJECTS)) // expect: POST /api/v2/settings/objects [settings.write]
                .header("Authorization", "Api-Token " + System.getenv("DT_SETTINGS_TOKEN"))
                .method("POST", HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
