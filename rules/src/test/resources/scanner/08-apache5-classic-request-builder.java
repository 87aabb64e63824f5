package com.acme.tokens;

import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

public class TokenAdmin {
    private static final String TOKENS = "/api/v2/apiTokens";

    ClassicHttpRequest create(String dt, String body) {
        return ClassicRequestBuilder.post(dt + TOKENS) // expect: POST /api/v2/apiTokens [apiTokens.write] (concatenation)
                .setHeader("Authorization", "Api-Token " + System.getenv("DT_ADMIN_TOKEN"))
                .build();
    }

    HttpDelete revoke(String dt, String id) {
        return new HttpDelete(dt + TOKENS + "/" + id); // expect: DELETE /api/v2/apiTokens/{id} [apiTokens.write] (concatenation)
    }
}
