package com.acme.retrofit;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

public interface SyntheticApi {
    @GET("synthetic/monitors") // expect: GET /api/v1/synthetic/monitors [ExternalSyntheticIntegration, DataExport, ReadSyntheticData] (annotation)
    Call<String> monitors();

    @POST("synthetic/monitors") // expect: POST /api/v1/synthetic/monitors [ExternalSyntheticIntegration] (annotation)
    Call<String> create(@Body Object monitor);
}
