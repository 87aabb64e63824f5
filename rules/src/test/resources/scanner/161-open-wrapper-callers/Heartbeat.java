package com.acme.open;

class Heartbeat {
    private final DtHttp http = new DtHttp();

    Object ping(String statusPage) throws Exception {
        // names the wrapper but holds no path or Dynatrace name: never parsed, and no call of Dynatrace
        return http.get(statusPage + "/health");
    }
}
