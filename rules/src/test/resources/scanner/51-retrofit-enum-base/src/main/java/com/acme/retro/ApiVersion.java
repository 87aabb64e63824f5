package com.acme.retro;

public enum ApiVersion {
    V1("api/v1/"),
    V2("api/v2/");

    private final String path;

    ApiVersion(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
