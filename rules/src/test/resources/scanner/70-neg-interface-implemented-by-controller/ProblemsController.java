package com.acme.contract;

import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProblemsController implements ProblemsApi {
    @Override
    public String problem(String problemId) {
        return "{}"; // proxies nothing to Dynatrace
    }
}
