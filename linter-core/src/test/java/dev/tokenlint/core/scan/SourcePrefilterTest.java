package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourcePrefilterTest {

    private static final String HEADER = "/*\n * Licensed under the Apache License\n */\n";

    private final SourcePrefilter prefilter = new SourcePrefilter();

    /** The prefilter's answer, checked to be the same on the text and on its UTF-8 bytes. */
    private boolean accepts(String text) {
        boolean onText = prefilter.accepts(text);
        assertThat(prefilter.accepts(text.getBytes(StandardCharsets.UTF_8))).as("bytes agree with text")
                .isEqualTo(onText);
        return onText;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import java.net.http.HttpClient;",
        "import java.net.http.*;",
        "import java.net.HttpURLConnection;",
        "import java.net.*; class A { void f(URL u) throws Exception { u.openConnection(); } }",
        "import org.apache.http.client.methods.HttpPost;",
        "import org.apache.hc.client5.http.classic.methods.HttpPost;",
        "import okhttp3.Request;",
        "import org.springframework.web.client.RestTemplate;",
        "import org.springframework.web.client.RestClient;",
        "import org.springframework.boot.web.client.RestTemplateBuilder;",
        "import org.springframework.web.reactive.function.client.WebClient;",
        "import org.springframework.web.service.annotation.GetExchange;",
        "import feign.RequestLine;",
        "import org.springframework.cloud.openfeign.FeignClient;",
        "import retrofit2.http.GET;",
        "import jakarta.ws.rs.client.ClientBuilder;",
        "import javax.ws.rs.GET;",
        "import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;",
        "import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;",
        "import io.micrometer.dynatrace.DynatraceConfig;",
        "class Paths { static final String METRICS = \"/api/v2/metrics\"; }",
        "class Paths { static final String METRICS = \"api/v2/metrics\"; }",
        "class Env { String t = System.getenv(\"DT_API_TOKEN\"); }",
        "class H { String h = \"Api-Token \"; }",
        "// tenant at example.live.DYNATRACE.com\nclass A {}",
        "@SuppressWarnings(\"tokenlint:least-privilege\")\nclass A {}",
    })
    void parsesFilesThatMayHoldACallOrWhatOneUses(String code) {
        assertThat(accepts("package com.acme.app;\n" + code)).isTrue();
        assertThat(accepts(HEADER + "package com.acme.app;\n\n" + code)).isTrue();
        assertThat(accepts(code)).as("without a package").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a framework's own request types: not a client the scanner understands, and no API path
        "import org.springframework.http.server.ServerHttpRequest;\nclass A { ServerHttpRequest r; }",
        "import org.springframework.http.client.ClientHttpRequest;\nclass A { ClientHttpRequest r; }",
        "class A { HttpRequest r; WebClient c; RestTemplate t; }",
        "class A { int apply(int v) { return v * 2; } }",
    })
    void maySkipFilesWithoutAnyMarker(String code) {
        assertThat(accepts("package com.acme.app;\n" + code)).isFalse();
    }

    @Test
    void theOwnPackageIsNotAMarker() {
        // the sources of Spring's clients live in the packages whose import marks a user
        assertThat(accepts(HEADER + "package org.springframework.web.client;\n\nclass RestTemplate {}")).isFalse();
        assertThat(accepts("package org.springframework.web.reactive.function.client;\nclass DefaultWebClient {}"))
                .isFalse();
        assertThat(accepts("package io.micrometer.dynatrace;\nclass Helper {}")).isFalse();
    }

    @Test
    void aMarkerElsewhereInAFileOfSuchAPackageStillCounts() {
        assertThat(accepts("package org.springframework.web.client;\nclass A { String p = \"/api/v2/x\"; }"))
                .isTrue();
        assertThat(accepts("package com.acme.dynatrace;\nimport java.net.http.HttpClient;\nclass A {}")).isTrue();
    }

    @Test
    void onlyAPlainDottedNameIsLeftOut() {
        // a "package" line in a comment that is no declaration leaves the search as it was
        assertThat(accepts("package see.api/v2;\nclass A {}")).isTrue();
        assertThat(accepts("package com.x web.client (old);\nclass A {}")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/** Like {@link org.springframework.web.client.RestTemplate}, for sockets. */\nclass A {}",
        "class A {\n  // served under /api/v2/orders by the gateway\n  int x;\n}",
        "class A { /* java.net.http would do too */ int x; }",
        "/*\n * import okhttp3.Request;\n * see https://host/api/v2\n */\nclass A {}",
        "class A { String s = \"a\"; } // calls /api/v2 through \"okhttp3\"",
        "class A { char q = '\"'; } // \"feign\" only in this comment",
        "class A { String b = \"\"\"\n  text \"quoted\"\n  \"\"\"; } /* retrofit2 */",
        "class A { /* never closed: /api/v2",
    })
    void aClientOrPathNamedOnlyInACommentIsNoMarker(String code) {
        assertThat(accepts("package com.acme.app;\n" + code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "class A { String u = \"https://host/api/v2/metrics\"; }",
        "class A { String u = \"http://host\" + \"/api/v2\"; }",
        "class A { String u = \"/* not a comment */ /api/v2\"; }",
        "class A { String b = \"\"\"\n  // not a comment: /api/v2\n  \"\"\"; }",
        "class A { String e = \"\\\"\"; java.net.http.HttpClient c; }",
        "class A { char c = '\\''; okhttp3.OkHttpClient c; }",
        "/** The Dynatrace client. */\nclass A {}",
        "class A { } // token dt0c01.ABC",
    })
    void aMarkerInCodeOrALiteralCountsAndEvidenceCountsEverywhere(String code) {
        assertThat(accepts("package com.acme.app;\n" + code)).isTrue();
    }

    @Test
    void aFileThatIsNotPlainAsciiIsJudgedOnTheSameMarkers() {
        assertThat(accepts("package com.acme;\n// Grüße\nclass A { String p = \"/api/v2/x\"; }")).isTrue();
        assertThat(accepts("package com.acme;\n// Grüße, 日本\nclass A {}")).isFalse();
    }

    private SourcePrefilter.Verdict verdict(String code) {
        return prefilter.verdict(("package com.acme.app;\n" + code).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatOnlyUsesAClientIsToldApartFromOneThatNamesAPathOrDynatrace() {
        assertThat(verdict("import okhttp3.Request;\nclass A { Object get(String url) { return url; } }"))
                .isEqualTo(SourcePrefilter.Verdict.CLIENT_ONLY);
        assertThat(verdict("import okhttp3.Request;\nclass A { String p = \"/api/v2/problems\"; }"))
                .isEqualTo(SourcePrefilter.Verdict.PARSE);
        assertThat(verdict("import okhttp3.Request;\n/** Talks to Dynatrace. */\nclass A {}"))
                .as("evidence in a comment counts").isEqualTo(SourcePrefilter.Verdict.PARSE);
        assertThat(verdict("import okhttp3.Request;\n// served under /api/v2\nclass A {}"))
                .as("a path in a comment does not").isEqualTo(SourcePrefilter.Verdict.CLIENT_ONLY);
        assertThat(verdict("class Paths { static final String P = \"/api/v2/problems\"; }"))
                .isEqualTo(SourcePrefilter.Verdict.PARSE);
        assertThat(verdict("class A { int n; }")).isEqualTo(SourcePrefilter.Verdict.SKIP);
    }

    @Test
    void aFileThatOnlyNamesDynatraceWaitsUntilAnotherFileMakesItCount() {
        assertThat(verdict("import com.dynatrace.model.Host;\nclass A { Host h; }"))
                .isEqualTo(SourcePrefilter.Verdict.NAMES_DYNATRACE);
        assertThat(verdict("/** Copyright Dynatrace LLC */\nclass A { int n; }"))
                .isEqualTo(SourcePrefilter.Verdict.NAMES_DYNATRACE);
        assertThat(verdict("class DynatraceConfig { String t = System.getenv(\"TOKEN\"); }"))
                .as("a run-time read may bind a token").isEqualTo(SourcePrefilter.Verdict.PARSE);
        assertThat(verdict("class A { String h = \"Api-Token \"; }"))
                .as("the header stands on its own").isEqualTo(SourcePrefilter.Verdict.PARSE);
        assertThat(verdict("import java.net.http.HttpClient;\n// calls Dynatrace\nclass A {}"))
                .as("a client beside the name").isEqualTo(SourcePrefilter.Verdict.PARSE);
    }
}
