package com.acme.builder;

import org.apache.http.client.methods.HttpPost;

public class InlineBuilder {
    HttpPost entities(String dtUrl) {
        return new HttpPost(new StringBuilder(dtUrl).append("/api/v2/").append("entities/custom").toString()); // expect: POST /api/v2/entities/custom [entities.write] (builder)
    }
}
