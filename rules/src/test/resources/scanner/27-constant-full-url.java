package com.acme.sync;

import org.apache.http.client.methods.HttpGet;

public class HostInventory {
    private static final String HOSTS_URL = "https://abc12345.live.dynatrace.com/api/v1/entity/infrastructure/hosts";

    HttpGet hosts() {
        return new HttpGet(HOSTS_URL); // expect: GET /api/v1/entity/infrastructure/hosts [DataExport] (constant)
    }
}
