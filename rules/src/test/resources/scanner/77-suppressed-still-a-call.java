package com.acme.suppressed;

import org.apache.http.client.methods.HttpGet;

public class SuppressedCall {
    @SuppressWarnings("tokenlint:unresolved-call")
    HttpGet anything(String dynatraceUrl, String path) {
        return new HttpGet(dynatraceUrl + path); // expect: GET <unresolved>
    }
}
