package com.acme.exchange;

import org.springframework.web.service.annotation.HttpExchange;

@HttpExchange(url = "/api/v2")
public interface DynatraceLogs {
    @HttpExchange(method = "POST", url = "/logs/ingest") // expect: POST /api/v2/logs/ingest [logs.ingest] (annotation)
    void ingest(String lines);
}
