package dev.tokenlint.core.scan.java.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientLibrariesTest {

    @Test
    void everyLibraryHasItsOwnNameAndTheNamesAreTheOnesReportsPrint() {
        List<String> ids = ClientLibraries.all().stream().map(l -> l.id().id()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrder("java.net.http", "HttpURLConnection",
                "apache-httpclient", "okhttp", "spring-resttemplate", "spring-webclient", "spring-restclient",
                "spring-httpexchange", "spring-mapping", "feign", "retrofit", "jax-rs", "microprofile-rest-client",
                "jax-rs-client", "jersey1-client", "opentelemetry-otlp");
        assertThat(ids).doesNotContain(ClientId.VERB_NAMED.id(), ClientId.MICROMETER_DYNATRACE.id());
    }

    @Test
    void theMarkersAreThePackagesThePrefilterLooksFor() {
        assertThat(ClientLibraries.markers()).doesNotHaveDuplicates().containsExactlyInAnyOrder("java.net.http",
                "HttpURLConnection", "openConnection", "org.apache.http", "org.apache.hc", "okhttp3", "web.client",
                "function.client", "service.annotation", "feign", "retrofit2", ".ws.rs", "rest.client",
                "opentelemetry");
    }

    @Test
    void onlyRetrofitAndFeignInterfacesTakeTheBaseOfTheirFactory() {
        assertThat(ClientLibraries.baseJoin(new ClientId("retrofit"))).isEqualTo(BaseJoin.RESOLVE);
        assertThat(ClientLibraries.baseJoin(new ClientId("feign"))).isEqualTo(BaseJoin.APPEND);
        assertThat(ClientLibraries.baseJoin(new ClientId("jax-rs"))).isEqualTo(BaseJoin.NONE);
        assertThat(ClientLibraries.baseJoin(new ClientId("unknown-from-an-old-cache"))).isEqualTo(BaseJoin.NONE);
        assertThat(ClientLibraries.baseJoin(null)).isEqualTo(BaseJoin.NONE);
    }

    @Test
    void aClientIdPrintsAsItsNameAndIsNeverBlank() {
        assertThat(new ClientId("okhttp")).hasToString("okhttp").isEqualTo(new ClientId("okhttp"));
        assertThatThrownBy(() -> new ClientId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientId(null)).isInstanceOf(NullPointerException.class);
    }
}
