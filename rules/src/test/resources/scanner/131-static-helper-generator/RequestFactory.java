package com.acme.gen;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpRequestBase;

/** A static helper that creates the request for a method name; imported statically by its users. */
final class RequestFactory {
    private RequestFactory() {
    }

    static HttpRequestBase createRequest(String method, String url) {
        switch (method) {
            case "GET":
                return new HttpGet(url);
            case "POST":
                return new HttpPost(url);
            default:
                throw new IllegalArgumentException(method);
        }
    }
}
