package com.acme.vendors;

import org.apache.http.client.methods.HttpPost;

/** Sends to Dynatrace elsewhere; this one goes to InfluxDB on a fixed host. */
public class DynatraceAndInflux {
    HttpPost influx() {
        return new HttpPost("http://influx.acme.internal:8086/api/v2/write?bucket=metrics");
    }

    HttpPost wavefront() {
        return new HttpPost("https://acme.wavefront.com/api/v2/event");
    }
}
