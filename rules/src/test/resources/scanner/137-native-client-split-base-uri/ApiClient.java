package com.acme.dtgen.invoker;

import java.net.URI;
import java.net.http.HttpClient;

/**
 * Shaped like the invoker of a java.net.http client generated from the Dynatrace spec: the base URI is
 * taken apart once (scheme, host, port, path) and put together again for every operation class.
 */
public class ApiClient {
    private HttpClient.Builder clientBuilder;
    private String scheme;
    private String host;
    private int port;
    private String basePath;

    public ApiClient() {
        this.clientBuilder = HttpClient.newBuilder();
        updateBaseUri("https://tenant1.live.dynatrace.com/api/v2");
    }

    public ApiClient(HttpClient.Builder clientBuilder, String baseUri) {
        this.clientBuilder = clientBuilder;
        updateBaseUri(baseUri != null ? baseUri : "https://tenant1.live.dynatrace.com/api/v2");
    }

    public final void updateBaseUri(String baseUri) {
        URI parsed = URI.create(baseUri);
        scheme = parsed.getScheme();
        host = parsed.getHost();
        port = parsed.getPort();
        basePath = parsed.getRawPath();
    }

    public ApiClient setBasePath(String basePath) {
        this.basePath = basePath;
        return this;
    }

    public ApiClient setHost(String host) {
        this.host = host;
        return this;
    }

    public String getBaseUri() {
        return scheme + "://" + host + (port == -1 ? "" : ":" + port) + basePath;
    }

    public HttpClient getHttpClient() {
        return clientBuilder.build();
    }
}
