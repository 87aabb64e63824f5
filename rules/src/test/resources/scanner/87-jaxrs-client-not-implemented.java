package com.acme.jaxrs;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

/** Used with a JAX-RS client proxy; no class here implements it. */
@Path("/api/v2/metrics")
public interface DynatraceMetricsProxy {
    @GET // expect: GET /api/v2/metrics [metrics.read] (annotation)
    String list(@QueryParam("pageSize") int pageSize);
}
