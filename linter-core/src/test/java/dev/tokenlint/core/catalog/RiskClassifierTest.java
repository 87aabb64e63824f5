package dev.tokenlint.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskClassifierTest {

    private final RiskClassifier classifier = new RiskClassifier();

    @ParameterizedTest
    @CsvSource({
            "metrics.read, READ", "traces.lookup, READ", "DataExport, READ", "LogExport, READ", "ReadConfig, READ",
            "ReadSyntheticData, READ", "ViewDashboard, READ", "InstallerDownload, READ",
            "metrics.ingest, INGEST", "logs.ingest, INGEST", "DataImport, INGEST",
            "settings.write, WRITE", "activeGates.write, WRITE", "WriteConfig, WRITE", "ExternalSyntheticIntegration, WRITE",
            "apiTokens.read, ADMIN", "apiTokens.write, ADMIN", "activeGateTokenManagement.create, ADMIN",
            "credentialVault.read, ADMIN", "tenantTokenRotation.write, ADMIN", "TenantTokenManagement, ADMIN",
            "DataPrivacy, ADMIN", "RestRequestForwarding, ADMIN", "ActiveGateCertManagement, ADMIN",
            "UserSessionAnonymization, ADMIN", "MemoryDump, ADMIN"})
    void classifiesKnownScopes(String id, RiskClass expected) {
        assertThat(classifier.classify(id)).isEqualTo(expected);
    }

    @Test
    void unknownScopesAreNeverCheaperThanWriteUnlessTheirVerbSaysSo() {
        assertThat(classifier.classify("somethingNew.manage")).isEqualTo(RiskClass.WRITE);
        assertThat(classifier.classify("SomethingNew")).isEqualTo(RiskClass.WRITE);
        assertThat(classifier.classify("somethingNew.read")).isEqualTo(RiskClass.READ);
    }
}
