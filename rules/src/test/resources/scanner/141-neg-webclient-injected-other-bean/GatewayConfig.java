package org.example.billing.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The only WebClient of this code base talks to an in-house gateway. */
@Configuration
public class GatewayConfig {

    @Bean
    public WebClient gatewayClient() {
        return WebClient.builder().baseUrl("https://gateway.billing.example.org").build();
    }
}
