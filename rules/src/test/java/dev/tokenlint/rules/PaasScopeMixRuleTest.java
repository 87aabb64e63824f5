package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaasScopeMixRuleTest {

    private final PaasScopeMixRule rule = new PaasScopeMixRule();

    @Test
    void paasScopesWithApiScopesAreReportedAtTheFirstPaasScope() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "metrics.read", "InstallerDownload", "SupportAlert"))
                .run(rule)).singleElement().satisfies(d -> {
                    assertThat(d.location().line()).isEqualTo(4);
                    assertThat(d.message()).isEqualTo("token 'acme-x' mixes PaaS-token scopes (InstallerDownload,"
                            + " SupportAlert) with API scopes (metrics.read); use a separate PaaS token");
                });
    }

    @Test
    void pureTokensAndUnknownScopesAreSilent() {
        assertThat(new RuleHarness().tokens(declared("acme-paas", 2, "InstallerDownload", "SupportAlert"),
                declared("acme-api", 6, "metrics.read"), declared("acme-typo", 9, "InstallerDownload", "Nope"))
                .run(rule)).isEmpty();
    }

    @Test
    void hasNoOptions() {
        assertThat(rule.metadata().options()).isEmpty();
    }
}
