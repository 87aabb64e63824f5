package com.acme.gen;

public enum ApiVersion {
    V1("/api/v1/");

    private final String value;

    ApiVersion(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
