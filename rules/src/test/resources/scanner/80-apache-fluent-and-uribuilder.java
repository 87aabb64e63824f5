package com.acme.apache;

import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.net.URIBuilder;

public class UriBuilderCalls {
    HttpGet credentials(String dynatraceHost) throws Exception {
        URI uri = new URIBuilder("https://" + dynatraceHost)
                .setPath("/api/v2/credentials")
                .addParameter("type", "TOKEN")
                .build();
        return new HttpGet(uri); // expect: GET /api/v2/credentials [credentialVault.read] (builder)
    }
}
