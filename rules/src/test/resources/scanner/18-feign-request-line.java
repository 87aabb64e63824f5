package com.acme.feign;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

@Headers("Authorization: Api-Token {token}")
public interface DynatraceFeignApi {

    @RequestLine("GET /api/v2/entities?entitySelector={selector}") // expect: GET /api/v2/entities [entities.read] (annotation)
    String entities(@Param("selector") String selector);

    @RequestLine("POST /api/v2/events/ingest") // expect: POST /api/v2/events/ingest [events.ingest] (annotation)
    void ingest(String event);
}
