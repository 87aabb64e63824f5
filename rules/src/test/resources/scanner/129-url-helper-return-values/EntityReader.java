package com.acme.helpers.urls;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Optional;

/** The base URL comes from a helper's return value; an id parameter only fills a path segment. */
class EntityReader {
    static final String SERVICES = "entity/services";
    static final String ENTITIES = "/api/v2/entities";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String tenantUrl;

    EntityReader(String tenantUrl) {
        this.tenantUrl = tenantUrl;
    }

    void services(Optional<String> host, String tenant) throws Exception {
        String url = DynatraceUrls.apiUrl(host, tenant) + SERVICES;
        http.send(HttpRequest.newBuilder(URI.create(url)).build(), null); // expect: GET /api/v1/entity/services [DataExport] (cross-file-constant)
    }

    String entity(String entityId) throws Exception {
        return http.send(HttpRequest.newBuilder(entityUri(entityId)).build(), null).toString(); // expect: GET /api/v2/entities/{entityId} [entities.read] (builder)
    }

    private URI entityUri(String id) {
        StringBuilder b = new StringBuilder(tenantUrl).append(ENTITIES).append('/').append(id);
        return URI.create(b.toString());
    }

    String describe() throws Exception {
        // the caller of entity() only passes an id: the call is the one above, not here
        return entity("HOST-1");
    }
}
