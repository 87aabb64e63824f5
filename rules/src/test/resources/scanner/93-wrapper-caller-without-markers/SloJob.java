package com.acme.gateway;

class SloJob {
    private final ObservabilityGateway gateway = new ObservabilityGateway();

    Object run() {
        // the argument holds no path marker: this file is parsed because it names the wrapper class
        return gateway.read(Paths.API + Paths.V2 + Paths.SLO, Object.class); // expect: GET /api/v2/slo [slo.read] (cross-file-constant)
    }
}
