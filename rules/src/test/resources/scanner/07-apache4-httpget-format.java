package com.acme.entities;

import org.apache.http.client.methods.HttpGet;

public class EntityLookup {
    private static final String ENTITY_PATH = "%s/api/v2/entities/%s";

    HttpGet get(String base, String entityId) {
        HttpGet get = new HttpGet(String.format(ENTITY_PATH, base, entityId)); // expect: GET /api/v2/entities/{entityId} [entities.read] (format)
        get.addHeader("Authorization", "Api-Token " + System.getenv("DT_API_TOKEN"));
        return get;
    }
}
