package com.acme.helpers;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * Dynatrace Environment API helpers that carry the verb in their name; the request object is made by a factory the code
 * base passes around, so the verb is known only from the helper's name. A Managed environment
 * adds its /e/{env} prefix with URIBuilder.setPath.
 */
public class EnvironmentApi {
    private final CloseableHttpClient client;
    private final String host;
    private final String environmentId;
    private final RequestFactory requests;

    public EnvironmentApi(CloseableHttpClient client, String host, String environmentId, RequestFactory requests) {
        this.client = client;
        this.host = host;
        this.environmentId = environmentId;
        this.requests = requests;
    }

    List<String> executePagedGetRequest(String endpoint) throws Exception {
        URIBuilder builder = new URIBuilder(host);
        builder.setPath(environmentId == null ? endpoint : "/e/" + environmentId + endpoint);
        List<String> pages = new ArrayList<>();
        try (CloseableHttpResponse response = client.execute(requests.create(builder.build()))) {
            pages.add(response.toString());
        }
        return pages;
    }

    void doPost(String path, String body) throws Exception {
        URI uri = new URIBuilder(host).setPath(path).build();
        client.execute(requests.create(uri));
    }

    interface RequestFactory {
        HttpRequestBase create(URI uri);
    }
}
