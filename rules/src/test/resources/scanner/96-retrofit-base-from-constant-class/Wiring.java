package com.acme.retrofit;

import retrofit2.Retrofit;

class Wiring {
    SyntheticApi api() {
        return new Retrofit.Builder().baseUrl(Endpoints.DYNATRACE_V1).build().create(SyntheticApi.class);
    }
}
