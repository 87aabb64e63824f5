package com.acme.retro;

import retrofit2.Retrofit;

/** Generated-style client: the default base is a placeholder host, the real one comes from setBasePath. */
public class ApiClient {
    private Retrofit.Builder adapterBuilder;

    public ApiClient() {
        String baseUrl = "https://localhost/" + ApiPrefix.V1;
        adapterBuilder = new Retrofit.Builder().baseUrl(baseUrl);
    }

    public ApiClient setBasePath(String basePath, ApiPrefix prefix) {
        if (!basePath.endsWith("/")) {
            basePath += "/";
        }
        adapterBuilder.baseUrl(basePath + prefix);
        return this;
    }

    public <S> S createService(Class<S> serviceClass) {
        return adapterBuilder.build().create(serviceClass);
    }
}
