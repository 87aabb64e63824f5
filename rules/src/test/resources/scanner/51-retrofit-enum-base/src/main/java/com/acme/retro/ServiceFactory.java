package com.acme.retro;

import retrofit2.Retrofit;

public class ServiceFactory {
    DynatraceService create(String tenantUrl) {
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(tenantUrl + "/" + ApiVersion.V2.path())
                .build();
        return retrofit.create(DynatraceService.class);
    }
}
