package org.example.monitoring.client;

import java.net.URI;
import java.net.http.HttpClient;

/**
 * The older layout of a generated java.net.http invoker: the default base URI comes from an
 * overridable getter, and a second constructor falls back to it when the caller gives none.
 */
public class ApiClient {
    private final HttpClient.Builder builder;
    private String scheme;
    private String host;
    private int port;
    private String basePath;

    public ApiClient() {
        this.builder = HttpClient.newBuilder();
        updateBaseUri(getDefaultBaseUri());
    }

    public ApiClient(HttpClient.Builder builder, String baseUri) {
        this.builder = builder;
        updateBaseUri(baseUri != null ? baseUri : getDefaultBaseUri());
    }

    protected String getDefaultBaseUri() {
        return ServerDefaults.BASE_URI;
    }

    public void updateBaseUri(String baseUri) {
        URI uri = URI.create(baseUri);
        this.scheme = uri.getScheme();
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.basePath = uri.getPath();
    }

    public String getBaseUri() {
        return scheme + "://" + host + (port == -1 ? "" : ":" + port) + basePath;
    }

    public HttpClient getHttpClient() {
        return builder.build();
    }
}
