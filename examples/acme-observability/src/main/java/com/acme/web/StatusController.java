package com.acme.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Our own API: a server endpoint, not a call to Dynatrace, even though its path looks alike. */
@RestController
public class StatusController {

    @GetMapping("/api/v2/status")
    public String status() {
        return "{\"status\":\"UP\"}";
    }
}
