package com.acme.server;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Our own server: its mappings are served, not called. */
@RestController
@RequestMapping("/api/v2")
public class MetricsController {

    @GetMapping("/metrics/{metricKey}")
    public String metric(@PathVariable String metricKey) {
        return "dynatrace-compatible " + metricKey;
    }

    @PostMapping("/metrics/ingest")
    public void ingest(String body) {
    }
}
