package com.acme.retro;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.Header;

public interface DynatraceAbsolute {
    @GET("/api/v2/apiTokens") // expect: GET /api/v2/apiTokens [apiTokens.read] (annotation)
    Call<String> tokens(@Header("Authorization") String auth);

    @HTTP(method = "DELETE", path = "/api/v2/apiTokens/{id}") // expect: DELETE /api/v2/apiTokens/{id} [apiTokens.write] (annotation)
    Call<Void> revoke(String id);
}
