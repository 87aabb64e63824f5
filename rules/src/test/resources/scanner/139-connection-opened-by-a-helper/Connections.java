package com.acme.tenantops.net;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** Opens connections for the callers, which decide what request each one becomes. */
public final class Connections {
    private Connections() {
    }

    public static HttpURLConnection open(URL target) throws IOException {
        return (HttpURLConnection) target.openConnection();
    }

    public static HttpURLConnection open(String target, int timeoutMillis) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(target).openConnection();
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        return connection;
    }
}
