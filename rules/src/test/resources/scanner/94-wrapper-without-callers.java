package com.acme.unused;

import org.apache.http.client.methods.HttpGet;

/** A wrapper nobody in this source set calls: its request cannot be resolved. */
public class DynatraceRawClient {
    private final String baseUrl = System.getenv("DT_URL");

    HttpGet get(String path) {
        return new HttpGet(baseUrl + path); // expect: GET <unresolved>
    }
}
