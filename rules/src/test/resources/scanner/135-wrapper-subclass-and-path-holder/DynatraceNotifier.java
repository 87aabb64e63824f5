package com.acme.notify;

/**
 * Sends Dynatrace events. It names the subclass, never the wrapper, and takes its path from the
 * constants class: either makes it worth reading.
 */
public class DynatraceNotifier {
    private final DynatraceClient client;

    public DynatraceNotifier(DynatraceClient client) {
        this.client = client;
    }

    public void send(String json) {
        client.post(ProviderPaths.DYNATRACE_EVENTS, json, String.class); // expect: POST /api/v1/events [DataExport] (cross-file-constant)
    }
}
