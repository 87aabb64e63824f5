package com.acme.reqgen;

import static com.acme.reqgen.HttpConstants.HTTP_GET_METHOD;

import java.util.Map;

/** Collects problems and timeseries; the URL is concatenated from constants of several classes. */
public class ProblemCollector {
    private final String tenant;

    ProblemCollector(String tenant) {
        this.tenant = tenant;
    }

    void collect(Map<String, String> headers) throws Exception {
        String url = tenant + DynatraceEndpoints.API_V2 + DynatraceEndpoints.PROBLEMS;
        new RequestGenerator(HTTP_GET_METHOD, url, headers, Map.of()).execute(); // expect: GET /api/v2/problems [problems.read] (cross-file-constant)
        RequestGenerator series = new RequestGenerator(HttpConstants.HTTP_GET_METHOD, // expect: GET /api/v1/timeseries [DataExport] (cross-file-constant)
                tenant + DynatraceEndpoints.API_V1 + DynatraceEndpoints.TIMESERIES, headers, Map.of());
        series.execute();
        new RequestGenerator("DELETE", tenant + DynatraceEndpoints.API_V2 + "/tags", headers, Map.of()).execute(); // expect: DELETE /api/v2/tags [entities.write] (cross-file-constant)
    }
}
