package com.acme.vendors;

import org.apache.http.client.methods.HttpPost;

public class DatadogEvents {
    private static final String DATADOG = "https://api.datadoghq.com";

    HttpPost event() {
        return new HttpPost(DATADOG + "/api/v1/events");
    }
}
