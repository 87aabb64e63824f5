package com.acme.notify;

public class DatadogClient extends HttpWrapper {
    public DatadogClient() {
        setBaseUrl("https://api.datadoghq.com");
    }
}
