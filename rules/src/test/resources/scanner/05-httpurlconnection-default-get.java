package com.acme.legacy;

import java.net.HttpURLConnection;
import java.net.URL;

public class ClusterVersion {
    private static final String DT_ENV = "https://dt.acme.corp:9999/e/3f2a1b00-aaaa-bbbb-cccc-1234567890ab";

    public int version() throws Exception {
        URL url = new URL(DT_ENV + "/api/v1/config/clusterversion"); // expect: GET /api/v1/config/clusterversion [DataExport] (concatenation)
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        return conn.getResponseCode();
    }
}
