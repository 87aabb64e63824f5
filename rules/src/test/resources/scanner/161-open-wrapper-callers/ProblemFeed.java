package com.acme.open;

class ProblemFeed {
    private final DtHttp http = new DtHttp();

    Object latest(String tenant) throws Exception {
        // the wrapper adds nothing to the URL: this file, which holds the path, is read on its own verdict
        return http.get(tenant + "/api/v2/problems"); // expect: GET /api/v2/problems [problems.read] (concatenation)
    }
}
