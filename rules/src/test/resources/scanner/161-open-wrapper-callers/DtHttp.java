package com.acme.open;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/** Sends whatever URL it is given, with the token; adds nothing to the URL itself. */
public class DtHttp {
    private final CloseableHttpClient client = HttpClients.createDefault();
    private final String token = System.getenv("DT_API_TOKEN");

    public Object get(String url) throws Exception {
        HttpGet get = new HttpGet(url);
        get.setHeader("Authorization", "Api-Token " + token);
        return client.execute(get);
    }
}
