package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenPatternScannerTest {

    /** Built here, so no token-shaped string sits in the sources. */
    private static String fakeToken() {
        return "dt0c01." + "A".repeat(12) + "B".repeat(12) + "." + "Z9".repeat(32);
    }

    /**
     * The access-token example of Dynatrace's documentation and API specifications, in two parts:
     * its secret is published by Dynatrace, and joining it only here keeps the sources free of a
     * token-shaped string.
     */
    private static String documentedExample() {
        return "dt0c01.ST2EY72KQINMH574WMNVI7YN" + ".G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM";
    }

    private final TokenPatternScanner scanner = new TokenPatternScanner();

    @Test
    void findsATokenAndKeepsOnlyItsPublicId() {
        var found = scanner.findTokens("x = \"" + fakeToken() + "\";", "A.java");

        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.publicId()).isEqualTo("dt0c01." + "A".repeat(12) + "B".repeat(12));
            assertThat(t.location().column()).isEqualTo(6);
        });
    }

    @Test
    void leavesOutTheExampleTokenDynatracePublishesButNotATokenThatSharesItsPublicId() {
        String sameIdOtherSecret = "dt0c01.ST2EY72KQINMH574WMNVI7YN." + "Q7".repeat(32);

        assertThat(scanner.findTokens("example: " + documentedExample(), "openapi.yaml")).isEmpty();
        assertThat(scanner.findTokens("t = \"" + sameIdOtherSecret + "\"", "A.java")).singleElement()
                .satisfies(t -> assertThat(t.publicId()).isEqualTo("dt0c01.ST2EY72KQINMH574WMNVI7YN"));
    }
}
