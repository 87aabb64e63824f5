package com.acme.feignpaths;

public final class FeignPaths {
    public static final String CONFIG = "/api/config/v1";

    private FeignPaths() {
    }
}
