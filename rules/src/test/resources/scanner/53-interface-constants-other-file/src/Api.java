package com.acme.api;

public interface Api {
    String BASE = "/api/config/v1";
    String ALERTING_PROFILES = BASE + "/alertingProfiles";
}
