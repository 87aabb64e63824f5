package com.acme.broken;

import org.apache.http.client.methods.HttpGet;

public class Broken {
    HttpGet get(String dynatraceUrl) {
        return new HttpGet(dynatraceUrl + "/api/v2/problems"; // expect-problem: Java syntax error
    }
