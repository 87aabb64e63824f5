package com.acme.orders;

import org.springframework.web.client.RestTemplate;

public class OrderClient {
    private final RestTemplate restTemplate = new RestTemplate();

    Object orders(String ordersService) {
        return restTemplate.getForObject(ordersService + "/api/v2/orders", Object.class);
    }

    Object events(String ordersService) {
        // our own events endpoint happens to share Dynatrace's path, but nothing says Dynatrace here
        return restTemplate.getForObject(ordersService + "/api/v2/events", Object.class);
    }
}
