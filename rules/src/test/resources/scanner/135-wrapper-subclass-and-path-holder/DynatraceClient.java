package com.acme.notify;

/** Talks to Dynatrace; it names no client and no path, so it is read because it extends the wrapper. */
public class DynatraceClient extends HttpWrapper {
    public DynatraceClient(String tenant) {
        setBaseUrl("https://" + tenant + ".live.dynatrace.com");
    }
}
