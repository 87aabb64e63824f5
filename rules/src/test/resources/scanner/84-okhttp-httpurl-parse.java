package com.acme.okhttp;

import okhttp3.HttpUrl;
import okhttp3.Request;

public class OkParsedUrl {
    Request dashboards(String dynatraceUrl) {
        HttpUrl url = HttpUrl.parse(dynatraceUrl).newBuilder()
                .addPathSegments("api/config/v1/dashboards")
                .build();
        return new Request.Builder().url(url).build(); // expect: GET /api/config/v1/dashboards [ReadConfig] (builder)
    }
}
