package com.acme.gen.client;

import java.util.List;
import okhttp3.Request;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/** Shaped like an OpenAPI-generated client of the Dynatrace API: the operation classes pass path and method. */
public class ApiClient {
    private String basePath = "https://abc12345.live.dynatrace.com/api/v2";

    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }

    public Object buildCall(String baseUrl, String path, String method, List<String> query, Object body) {
        Request.Builder reqBuilder = new Request.Builder().url(buildUrl(baseUrl, path, query));
        reqBuilder.method(method, null);
        return reqBuilder.build();
    }

    public String buildUrl(String baseUrl, String path, List<String> query) {
        StringBuilder url = new StringBuilder();
        url.append(baseUrl != null ? baseUrl : basePath).append(path);
        for (String q : query) {
            url.append(url.toString().contains("?") ? "&" : "?").append(q);
        }
        return url.toString();
    }

    public Object invokeClassic(String path, String method) {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(method);
        builder.setUri(basePath + path);
        return builder.build();
    }
}
