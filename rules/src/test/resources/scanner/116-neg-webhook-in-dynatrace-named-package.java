package com.acme.dynatrace.alerts;

import org.springframework.web.client.RestTemplate;

/** Forwards alerts to Slack; Dynatrace is only named in the package. */
public class SlackForwarder {
    private final RestTemplate restTemplate = new RestTemplate();

    void forward(String slackWebhookUrl, Object message) {
        restTemplate.postForObject(slackWebhookUrl, message, String.class);
    }
}
