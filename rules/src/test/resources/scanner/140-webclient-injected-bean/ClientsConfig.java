package org.example.carbon.config;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/** Builds the clients of the two monitored environments; the URLs and tokens come from configuration. */
@Configuration
public class ClientsConfig {

    @Value("${monitoring.prod.url}")
    private String prodUrl;

    @Value("${monitoring.prod.token}")
    private String prodToken;

    @Bean(name = "prodBuilder")
    public WebClient.Builder prodBuilder() {
        return WebClient.builder()
                .baseUrl(prodUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Api-Token " + prodToken);
    }

    @Bean(name = "prodClient")
    public WebClient prodClient(@Qualifier("prodBuilder") WebClient.Builder builder) {
        return builder.build();
    }
}
