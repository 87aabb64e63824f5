package com.acme.retro;

/** Talks to the Dynatrace tenant through the generated client. */
public class DynatraceConnection {
    private final ApiClient apiClient;

    public DynatraceConnection(String serverUrl) {
        this.apiClient = new ApiClient().setBasePath(serverUrl, ApiPrefix.V1);
    }

    public String event(String id) throws Exception {
        EventApi api = apiClient.createService(EventApi.class);
        return api.getEvent(id).execute().body();
    }
}
