package com.acme.retro;

public enum ApiPrefix {
    V1("api/v1/"),
    V2("api/v2/");

    private final String value;

    ApiPrefix(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return value;
    }
}
