package com.acme.notify;

/** The same path through the same wrapper, to Datadog: the shared constants class is no evidence for it. */
public class DatadogNotifier {
    private final DatadogClient datadogClient = new DatadogClient();

    public void send(String json) {
        datadogClient.post(ProviderPaths.DATADOG_EVENTS, json, String.class);
    }
}
