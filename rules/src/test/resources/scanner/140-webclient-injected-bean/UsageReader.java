package org.example.carbon.read;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

/** Reads usage figures through the injected client; nothing in this file says where it points. */
@Service
public class UsageReader {
    private final WebClient client;

    public UsageReader(@Qualifier("prodClient") WebClient client) {
        this.client = client;
    }

    public String hostCpu(String selector) {
        return client.get()
                .uri(b -> b.path("/api/v2/metrics/query") // expect: GET /api/v2/metrics/query [metrics.read]
                        .queryParam("metricSelector", selector)
                        .build())
                .retrieve()
                .bodyToMono(String.class)
                .block();
    }

    public String entity(String id) {
        return client.get()
                .uri(b -> b.path("/api/v2/entities/{id}").build(id)) // expect: GET /api/v2/entities/{entityId} [entities.read]
                .retrieve()
                .bodyToMono(String.class)
                .block();
    }
}
