package com.acme.feign;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

@FeignClient(name = "inventory", url = "${inventory.url}")
public interface InventoryClient {
    @GetMapping("/api/v2/items")
    String items();

    @GetMapping("/api/v2/events")
    String events();
}
