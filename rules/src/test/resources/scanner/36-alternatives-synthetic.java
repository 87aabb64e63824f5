package com.acme.synthetic;

import org.springframework.web.client.RestTemplate;

/** GET /api/v1/synthetic/monitors accepts any of three scopes: the alternatives case. */
public class SyntheticMonitors {
    private final RestTemplate dynatraceRest = new RestTemplate();

    Object monitors(String dt) {
        return dynatraceRest.getForObject(dt + "/api/v1/synthetic/monitors", Object.class); // expect: GET /api/v1/synthetic/monitors [ExternalSyntheticIntegration, DataExport, ReadSyntheticData] (concatenation)
    }
}
