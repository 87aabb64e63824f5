package com.acme.loops;

import java.net.URI;
import java.net.http.HttpRequest;

/** Dynatrace client whose wrappers call themselves and each other: the scan ends, with what it can resolve. */
class Ping {
    private final Pong pong = new Pong();
    private String target;

    void setTarget(String path) {
        if (path.isEmpty()) {
            setTarget(path); // calls itself
        }
        this.target = path;
    }

    void set1() { target = "/api/v2/entities"; }
    void set2() { target = "/api/v2/problems"; }
    void set3() { target = "/api/v2/slo"; }
    void set4() { target = "/api/v2/tags"; }
    void set5() { target = "/api/v2/metrics"; }
    void set6() { target = "/api/v2/events"; }
    void set7() { target = "/api/v2/auditlogs"; }
    void set8() { target = "/api/v2/settings/objects"; }
    void set9() { target = "/api/v2/synthetic/locations"; }

    HttpRequest send(String base) {
        return HttpRequest.newBuilder(URI.create(base + target)).build(); // expect: GET /api/v2/entities [entities.read] (concatenation) expect: GET /api/v2/problems [problems.read] (concatenation) expect: GET /api/v2/slo [slo.read] (concatenation) expect: GET /api/v2/tags [entities.read] (concatenation) expect: GET /api/v2/metrics [metrics.read] (concatenation) expect: GET /api/v2/events [events.read] (concatenation) expect: GET /api/v2/auditlogs [auditLogs.read] (concatenation) expect: GET /api/v2/settings/objects [settings.read] (concatenation) expect: GET /api/v2/synthetic/locations [syntheticLocations.read] (concatenation)
    }

    HttpRequest ping(String path) {
        return pong.pong(path);
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("https://abc.live.dynatrace.com" + path)).build();
    }
}
