package com.acme.iface;

import org.apache.http.client.methods.HttpPost;

public class Ingest implements DynatracePaths {
    HttpPost post(String tenant) {
        return new HttpPost(tenant + LOG_INGEST); // expect: POST /api/v2/logs/ingest [logs.ingest] (concatenation)
    }
}

interface DynatracePaths {
    String API_V2 = "/api/v2";
    String LOG_INGEST = API_V2 + "/logs/ingest";
}
