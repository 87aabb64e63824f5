package com.acme.feignpaths;

import feign.Headers;
import feign.RequestLine;

@Headers("Authorization: Api-Token {token}")
public interface WebApps {
    @RequestLine("GET " + FeignPaths.CONFIG + "/applications/web") // expect: GET /api/config/v1/applications/web [ReadConfig] (annotation)
    String list();

    @RequestLine("POST " + FeignPaths.CONFIG + "/applications/web") // expect: POST /api/config/v1/applications/web [WriteConfig] (annotation)
    String create(String body);
}
