package com.acme.locals;

import org.apache.http.client.methods.HttpGet;

public class LocalVariables {
    HttpGet extensions(String dynatrace) {
        String path = "/api/v2/credentials";
        path = "/api/v2/extensions";
        String url = dynatrace + path;
        url += "?pageSize=50";
        return new HttpGet(url); // expect: GET /api/v2/extensions [extensions.read] (concatenation)
    }
}
