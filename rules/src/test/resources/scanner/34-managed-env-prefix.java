package com.acme.managed;

import org.apache.http.client.methods.HttpGet;

public class ManagedCluster {
    HttpGet slo(String envId) {
        return new HttpGet("https://managed.acme.internal:9999/e/" + envId + "/api/v2/slo?pageSize=100"); // expect: GET /api/v2/slo [slo.read] (concatenation)
    }
}
