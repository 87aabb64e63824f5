package com.acme.retro;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

public interface DynatraceService {
    @GET("problems/{problemId}") // expect: GET /api/v2/problems/{problemId} [problems.read] (annotation)
    Call<String> problem(@Path("problemId") String problemId);

    @POST("events/ingest") // expect: POST /api/v2/events/ingest [events.ingest] (annotation)
    Call<Void> ingest(@Body Object event);
}
