package com.acme.format;

import java.text.MessageFormat;
import org.springframework.web.client.RestTemplate;

public class VersionedPaths {
    private static final String METRICS_TEMPLATE = "{0}/api/v{1}/metrics/{2}";
    private final RestTemplate restTemplate = new RestTemplate();

    Object describe(String dynatraceUrl, String key) {
        String url = MessageFormat.format(METRICS_TEMPLATE, dynatraceUrl, 2, key);
        return restTemplate.getForObject(url, Object.class); // expect: GET /api/v2/metrics/{metricKey} [metrics.read] (format)
    }
}
