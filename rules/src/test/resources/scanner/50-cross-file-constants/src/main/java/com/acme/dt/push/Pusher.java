package com.acme.dt.push;

import com.acme.dt.DtPaths;
import org.apache.http.client.methods.HttpPost;

public class Pusher {
    HttpPost push(String tenantUrl) {
        return new HttpPost(tenantUrl + DtPaths.METRICS_INGEST); // expect: POST /api/v2/metrics/ingest [metrics.ingest] (cross-file-constant)
    }
}
