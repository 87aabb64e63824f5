package com.acme.stateful;

/** A subclass of the wrapper; the paths come from a constants class of another file. */
public class ClusterInfoClient extends TenantRestClient {

    public ClusterInfoClient(String tenantUrl) {
        super(tenantUrl);
    }

    public String version() {
        return this.get(ApiPaths.CLUSTER_VERSION, String.class); // expect: GET /api/v1/config/clusterversion [DataExport] (cross-file-constant)
    }

    public String entities() {
        return get(ApiPaths.V2 + "/entities", String.class); // expect: GET /api/v2/entities [entities.read] (cross-file-constant)
    }

    public void annotate(String body) {
        post(ApiPaths.V2 + ApiPaths.EVENTS, body, Void.class); // expect: POST /api/v2/events/ingest [events.ingest] (cross-file-constant)
    }
}
