package com.acme.gen;

import static com.acme.gen.RequestFactory.*;

import org.apache.http.client.methods.HttpRequestBase;

/** Keeps the request the static helper made; a static factory builds JSON generators. */
public class Generator {
    public static final String GET = "GET";
    public static final String POST = "POST";
    private final HttpRequestBase request;

    public Generator(String httpMethod, String url) {
        this.request = createRequest(httpMethod, url);
    }

    public static Generator json(String httpMethod, String url, String body) {
        return new Generator(httpMethod, url);
    }
}
