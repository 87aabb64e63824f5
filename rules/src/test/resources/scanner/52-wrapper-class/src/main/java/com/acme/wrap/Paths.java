package com.acme.wrap;

final class Paths {
    static final String ENTITIES = "/api/v2/entities";

    private Paths() {
    }
}
