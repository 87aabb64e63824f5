package com.acme.reqgen;

import java.io.IOException;
import java.util.Map;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpDelete;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpPut;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.impl.client.DefaultHttpClient;

/** Builds one Apache HttpClient 4 request from a method name and a URL given to the constructor. */
public class RequestGenerator {
    private final String method;
    private final String url;
    private final Map<String, String> headers;
    private final Map<String, String> params;

    public RequestGenerator(String method, String url, Map<String, String> headers, Map<String, String> params) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.params = params;
    }

    public HttpResponse execute() throws IOException {
        HttpRequestBase request;
        switch (method) {
            case HttpConstants.HTTP_GET_METHOD:
                request = new HttpGet(url);
                break;
            case HttpConstants.HTTP_POST_METHOD:
                request = new HttpPost(url);
                break;
            case "PUT":
                request = new HttpPut(url);
                break;
            default:
                request = new HttpDelete(url);
        }
        headers.forEach(request::addHeader);
        return new DefaultHttpClient().execute(request);
    }
}
