package com.acme.timeseries;

import java.net.HttpURLConnection;
import java.net.URL;

public class CustomMetricRegistrar {
    private static final String TIMESERIES = "/api/v1/timeseries/custom";

    void register(String baseUri, String metricName) throws Exception {
        URL url = new URL(baseUri + TIMESERIES + ":" + metricName + "?Api-Token=" + System.getenv("DT_TOKEN")); // expect: PUT /api/v1/timeseries/{timeseriesIdentifier} [DataExport] (concatenation)
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("PUT");
        connection.setDoOutput(true);
    }
}
