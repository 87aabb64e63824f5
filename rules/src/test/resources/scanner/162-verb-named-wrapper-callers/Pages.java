package com.acme.relay;

import java.util.Map;

/** Getters that take a URL are verb-named calls; none of them is a request to Dynatrace. */
class Pages {
    private final Map<String, String> types;

    Pages(Map<String, String> types) {
        this.types = types;
    }

    String getMimeType(String url) {
        return types.getOrDefault(url + ".meta", "text/html");
    }
}
