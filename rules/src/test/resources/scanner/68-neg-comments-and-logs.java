package com.acme.docs;

import java.util.logging.Logger;
import org.apache.http.client.methods.HttpGet;

/**
 * Talks to Dynatrace. See POST /api/v2/metrics/ingest and
 * new HttpPost("https://abc.live.dynatrace.com/api/v2/metrics/ingest") in the docs.
 */
public class DocumentedClient {
    private static final Logger LOG = Logger.getLogger("dynatrace");

    // new HttpGet(dt + "/api/v2/problems") was the old way
    /* restTemplate.getForObject(dt + "/api/v2/entities", String.class); */
    void run() {
        LOG.info("calling /api/v2/metrics/ingest on Dynatrace");
        LOG.warning(String.format("request to %s/api/v2/events/ingest failed", "dt"));
        System.out.println("GET /api/v2/problems done");
    }
}
