package com.acme.format;

import okhttp3.Request;

public class FormattedPath {
    Request problem(String dt, String id) {
        return new Request.Builder()
                .url("%s/api/v2/problems/%s".formatted(dt, id)) // expect: GET /api/v2/problems/{problemId} [problems.read] (format)
                .header("Authorization", "Api-Token " + System.getenv("DT_TOKEN"))
                .build();
    }
}
