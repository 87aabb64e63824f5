package com.acme.mp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "dynatrace")
@Path("/api/v2")
public interface DynatraceRestClient {

    @GET // expect: GET /api/v2/problems/{problemId} [problems.read] (annotation)
    @Path("/problems/{problemId}")
    String problem(@PathParam("problemId") String problemId);

    @POST // expect: POST /api/v2/logs/ingest [logs.ingest] (annotation)
    @Path("logs/ingest")
    void logs(String body);
}
