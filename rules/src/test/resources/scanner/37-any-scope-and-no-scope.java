package com.acme.tokens;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;

public class TokenLookup {
    private static final String DYNATRACE = "https://abc12345.live.dynatrace.com";

    HttpPost lookup() {
        return new HttpPost(DYNATRACE + "/api/v1/tokens/lookup"); // expect: POST /api/v1/tokens/lookup [any] (concatenation)
    }

    HttpGet time() {
        return new HttpGet(DYNATRACE + "/api/v1/time"); // expect: GET /api/v1/time [none] (concatenation)
    }
}
