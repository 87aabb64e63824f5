package com.acme.maps;

import java.util.HashMap;
import java.util.Map;

public class PathCache {
    private final Map<String, String> cache = new HashMap<>();

    void remember(String dynatraceUrl) {
        cache.put(dynatraceUrl + "/api/v2/metrics/ingest", "seen");
        cache.remove(dynatraceUrl + "/api/v2/problems");
    }
}
