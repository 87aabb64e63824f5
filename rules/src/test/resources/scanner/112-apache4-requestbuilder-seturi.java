package com.acme.apache;

import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.methods.RequestBuilder;

public class RequestBuilderCalls {
    private static final String DT = "https://abc12345.live.dynatrace.com";

    HttpUriRequest create(String body) {
        return RequestBuilder.post()
                .setUri(DT + "/api/v2/credentials") // expect: POST /api/v2/credentials [credentialVault.write] (concatenation)
                .build();
    }
}
