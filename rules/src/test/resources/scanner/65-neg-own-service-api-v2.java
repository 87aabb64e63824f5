package com.acme.orders;

import org.springframework.web.client.RestTemplate;

public class OrderClient {
    private final RestTemplate restTemplate = new RestTemplate();

    Object orders(String ordersService) {
        return restTemplate.getForObject(ordersService + "/api/v2/orders", Object.class);
    }

    Object events(String ordersService) {
        // our own events endpoint: the same path as another vendor's, but nothing here names that vendor
        return restTemplate.getForObject(ordersService + "/api/v2/events", Object.class);
    }
}
