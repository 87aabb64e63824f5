package com.acme.config;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

public class ManagementZones {
    private static final String CONFIG_API = "/api/config/v1";

    Request create(String tenant, RequestBody body) {
        return new Request.Builder().url(tenant + CONFIG_API + "/managementZones").post(body).build(); // expect: POST /api/config/v1/managementZones [WriteConfig] (concatenation)
    }

    Request list(String tenant) {
        return new Request.Builder().url(tenant + CONFIG_API + "/managementZones").build(); // expect: GET /api/config/v1/managementZones [ReadConfig] (concatenation)
    }
}
