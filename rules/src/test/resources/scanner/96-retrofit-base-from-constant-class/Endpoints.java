package com.acme.retrofit;

public final class Endpoints {
    public static final String DYNATRACE_V1 = "https://abc12345.live.dynatrace.com/api/v1/";

    private Endpoints() {
    }
}
