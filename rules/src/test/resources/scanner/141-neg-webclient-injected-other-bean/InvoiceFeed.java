package org.example.billing.read;

import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

/** Same paths as a monitoring tenant's, but sent to the gateway the only bean points at: no call. */
@Service
public class InvoiceFeed {
    private final WebClient gatewayClient;

    public InvoiceFeed(WebClient gatewayClient) {
        this.gatewayClient = gatewayClient;
    }

    public String metrics(String selector) {
        return gatewayClient.get()
                .uri(b -> b.path("/api/v2/metrics/query").queryParam("metricSelector", selector).build())
                .retrieve()
                .bodyToMono(String.class)
                .block();
    }
}
