package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TypeNameSignatureTest {

    private static final String SOURCE = """
            package com.acme.jobs;

            import com.acme.dt.DtClient;
            import java.util.List;
            import static com.acme.dt.DynatracePaths.METRICS;

            /** Pushes the nightly numbers through DtClient’s retry loop → see ReportSender… */
            public class NightlyJob extends AbstractJob implements Runnable {
                private final DtClient client = new DtClient(Config.load());
                private final Map<String, List<Integer>> totals = new HashMap<>();

                @Override
                public void run() {
                    client.post(METRICS, "x" + Größe.VALUE + ÄnderungsLog.class.getName());
                    String s = "Quoted$Name and _Hidden";
                }
            }
            """;

    private static TypeNameSignature signature(String text) {
        return TypeNameSignature.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyCapitalisedWordOfTheTextMayBeThere() {
        TypeNameSignature sig = signature(SOURCE);
        // whole words as the scanner's exact check sees them: bounded by anything that is no Java identifier part
        Matcher m = Pattern.compile("(?<![\\p{javaJavaIdentifierPart}])[A-Z][A-Za-z0-9_$]+(?![\\p{javaJavaIdentifierPart}])")
                .matcher(SOURCE);
        Set<String> words = new LinkedHashSet<>();
        while (m.find()) {
            words.add(m.group());
        }
        assertThat(words).contains("DtClient", "ReportSender", "METRICS", "NightlyJob", "HashMap", "Quoted$Name");
        for (String w : words) {
            assertThat(sig.mayContain(w)).as(w).isTrue();
        }
    }

    @Test
    void aNameNextToNonAsciiPunctuationIsStillFound() {
        // ’ and … end a Java identifier, so "DtClient’s" and "ReportSender…" mention those types
        assertThat(signature("// DtClient’s retries").mayContain("DtClient")).isTrue();
        assertThat(signature("see ReportSender…").mayContain("ReportSender")).isTrue();
    }

    @Test
    void namesThatAreNotThereAreMostlyRuledOut() {
        TypeNameSignature sig = signature(SOURCE);
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            absent.add("Wrapper" + i + "Client");
        }
        long maybes = absent.stream().filter(sig::mayContain).count();
        // a Bloom filter may say "maybe" for an absent name; with 2048 bits and a file's few dozen
        // type names that is rare
        assertThat(maybes).isLessThan(10);
        assertThat(sig.mayContain("DynatraceExporter")).isFalse();
        assertThat(sig.mayContain("Client")).as("a part of a word is no word").isFalse();
    }

    @Test
    void namesItCannotJudgeAreAlwaysMaybe() {
        TypeNameSignature empty = signature("");
        assertThat(empty.mayContain("DtClient")).isFalse();
        assertThat(empty.mayContain("dtClient")).as("not capitalised").isTrue();
        assertThat(empty.mayContain("X")).as("one letter").isTrue();
        assertThat(empty.mayContain("Größe")).as("not ASCII").isTrue();
        assertThat(empty.mayContainAny(List.of("DtClient", "dtClient"))).isTrue();
        assertThat(empty.mayContainAny(List.of())).isFalse();
    }
}
