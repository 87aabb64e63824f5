package com.acme.latin;

// Café client for Dynatrace expect-problem: not valid UTF-8
public class Latin {
    String url = "https://abc.live.dynatrace.com/api/v2/problems";
}
