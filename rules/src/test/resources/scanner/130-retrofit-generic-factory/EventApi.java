package com.acme.retro;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

public interface EventApi {
    @GET("events/{eventId}") // expect: GET /api/v1/events/{eventId} [DataExport] (annotation)
    Call<String> getEvent(@Path("eventId") String eventId);

    @POST("events") // expect: POST /api/v1/events [DataExport] (annotation)
    Call<String> postEvent(@Body String event);
}
