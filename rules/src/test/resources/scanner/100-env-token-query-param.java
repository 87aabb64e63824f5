package com.acme.query;

import org.apache.http.client.methods.HttpGet;

/** Old-style integration passing the token in the query string. */
public class QueryTokenClient {
    HttpGet problems(String dynatraceUrl) {
        return new HttpGet(dynatraceUrl + "/api/v2/problems?api-token=" + System.getenv("DT_TOKEN")); // expect: GET /api/v2/problems [problems.read] (concatenation)
    }
}
