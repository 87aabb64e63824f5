package com.acme.feign;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "dynatrace", url = "${dynatrace.url}", path = "/api/v2")
public interface DynatraceTokensClient {

    @GetMapping("/apiTokens/{id}") // expect: GET /api/v2/apiTokens/{id} [apiTokens.read] (annotation)
    String token(@PathVariable("id") String id);

    @PostMapping(value = "/apiTokens") // expect: POST /api/v2/apiTokens [apiTokens.write] (annotation)
    String create(@RequestBody String body);
}
