package com.acme.api;

import okhttp3.Request;

public class ProfileSync implements Api {
    Request list(String tenant) {
        return new Request.Builder().url(tenant + ALERTING_PROFILES).get().build(); // expect: GET /api/config/v1/alertingProfiles [ReadConfig] (cross-file-constant)
    }
}
