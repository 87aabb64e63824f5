package com.acme.legacy;

import java.net.HttpURLConnection;
import java.net.URI;

public class UriConnection {
    void delete(String dynatraceUrl, String id) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(dynatraceUrl + "/api/v2/apiTokens/" + id).toURL().openConnection(); // expect: DELETE /api/v2/apiTokens/{id} [apiTokens.write] (concatenation)
        c.setRequestMethod("DELETE");
        c.getResponseCode();
    }
}
