package com.acme.layers;

/** Middle layer: adds the API version. */
class EntityService {
    private static final String V2 = "/api/v2";
    private final DtHttp http = new DtHttp();

    String fetch(String resource) throws Exception {
        return http.get(V2 + resource);
    }
}
