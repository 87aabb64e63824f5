package dev.tokenlint.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.CatalogProvider;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeFamily;
import dev.tokenlint.core.catalog.ScopeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed catalog against facts read from the 1.254 specs and the reference README. */
class BundledCatalogTest {

    /** components.schemas.ApiToken.properties.scopes.items.enum of env-v2-1.254.json. */
    private static final List<String> V2_ENUM = List.of("ActiveGateCertManagement", "AdvancedSyntheticIntegration",
            "AppMonIntegration", "CaptureRequestData", "DTAQLAccess", "DataExport", "DataImport", "DataPrivacy",
            "Davis", "DiagnosticExport", "DssFileManagement", "ExternalSyntheticIntegration", "InstallerDownload",
            "LogExport", "MemoryDump", "Mobile", "PluginUpload", "ReadConfig", "ReadSyntheticData",
            "RestRequestForwarding", "RumBrowserExtension", "RumJavaScriptTagManagement", "SupportAlert",
            "TenantTokenManagement", "UserSessionAnonymization", "ViewDashboard", "ViewReport", "WriteConfig",
            "WriteSyntheticData", "activeGateTokenManagement.create", "activeGateTokenManagement.read",
            "activeGateTokenManagement.write", "activeGates.read", "activeGates.write", "apiTokens.read",
            "apiTokens.write", "auditLogs.read", "credentialVault.read", "credentialVault.write", "entities.read",
            "entities.write", "events.ingest", "events.read", "extensionConfigurations.read",
            "extensionConfigurations.write", "extensionEnvironment.read", "extensionEnvironment.write",
            "extensions.read", "extensions.write", "geographicRegions.read", "hub.read", "hub.write", "logs.ingest",
            "logs.read", "metrics.ingest", "metrics.read", "metrics.write", "networkZones.read", "networkZones.write",
            "oneAgents.read", "oneAgents.write", "openTelemetryTrace.ingest", "problems.read", "problems.write",
            "releases.read", "securityProblems.read", "securityProblems.write", "settings.read", "settings.write",
            "slo.read", "slo.write", "syntheticExecutions.read", "syntheticExecutions.write",
            "syntheticLocations.read", "syntheticLocations.write", "tenantTokenRotation.write", "traces.lookup");

    private static final List<String> REMOVED = List.of("DiagnosticExport", "MemoryDump", "Mobile", "ViewDashboard",
            "ViewReport", "WriteSyntheticData", "RumBrowserExtension", "analyzers.read", "analyzers.write");

    private static PermissionCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new BundledCatalog().load();
    }

    @Test
    void isRegisteredWithServiceLoader() {
        List<CatalogProvider> providers = new ArrayList<>();
        ServiceLoader.load(CatalogProvider.class).forEach(providers::add);
        assertThat(providers).hasAtLeastOneElementOfType(BundledCatalog.class);
    }

    @Test
    void versionNamesTheSpecs() {
        assertThat(catalog.version()).isEqualTo("dynatrace-1.254");
    }

    @Test
    void holdsEveryOperationOfTheThreeSpecsPlusTheOtlpOnes() {
        List<Operation> fromSpecs = catalog.operations().stream()
                .filter(op -> op.source().contains("-1.254.json")).toList();
        assertThat(fromSpecs).hasSize(664);
        assertThat(fromSpecs.stream().filter(op -> op.base().equals("/api/v1"))).hasSize(120);
        assertThat(fromSpecs.stream().filter(op -> op.base().equals("/api/config/v1"))).hasSize(386);
        assertThat(fromSpecs.stream().filter(op -> op.base().equals("/api/v2"))).hasSize(158);
        assertThat(catalog.operations()).hasSize(667);
    }

    @Test
    void otlpIngestOperationsComeFromTheSupplementWithTheirScopes() {
        assertThat(catalog.match("POST", "/api/v2/otlp/v1/traces").orElseThrow().scopes())
                .containsExactly("openTelemetryTrace.ingest");
        assertThat(catalog.match("POST", "/api/v2/otlp/v1/metrics").orElseThrow().scopes())
                .containsExactly("metrics.ingest");
        Operation logs = catalog.match("POST", "/api/v2/otlp/v1/logs").orElseThrow();
        assertThat(logs.scopes()).containsExactly("logs.ingest");
        assertThat(logs.source()).startsWith("https://docs.dynatrace.com/");
    }

    @Test
    void holdsEveryScopeOfTheEnumOfTheOperationsAndTheRemovedOnes() {
        Set<String> ids = new TreeSet<>();
        catalog.scopes().forEach(s -> ids.add(s.id()));
        assertThat(ids).containsAll(V2_ENUM).containsAll(REMOVED).contains("MaintenanceWindows");
        for (Operation op : catalog.operations()) {
            assertThat(ids).as(op.endpoint()).containsAll(op.scopes());
        }
        assertThat(ids).hasSize(V2_ENUM.size() + 3); // + MaintenanceWindows, analyzers.read, analyzers.write
    }

    @Test
    void everyScopeHasATitleAndASource() {
        assertThat(catalog.scopes()).allSatisfy(s -> {
            assertThat(s.title()).as(s.id()).isNotBlank();
            assertThat(s.source()).as(s.id()).isNotBlank();
            assertThat(s.family()).as(s.id()).isEqualTo(s.id().contains(".") ? ScopeFamily.V2 : ScopeFamily.CLASSIC);
        });
    }

    @Test
    void statusesFollowTheReferenceFacts() {
        for (String id : REMOVED) {
            assertThat(scope(id).status()).as(id).isEqualTo(ScopeStatus.REMOVED);
        }
        assertThat(scope("MaintenanceWindows").status()).isEqualTo(ScopeStatus.DEPRECATED);
        Scope tokens = scope("TenantTokenManagement");
        assertThat(tokens.status()).isEqualTo(ScopeStatus.DEPRECATED);
        assertThat(tokens.replacement()).contains("apiTokens.read").contains("apiTokens.write");
        assertThat(scope("DataExport").status()).isEqualTo(ScopeStatus.ACTIVE);
        assertThat(scope("metrics.ingest").status()).isEqualTo(ScopeStatus.ACTIVE);
    }

    @Test
    void paasFlagsOnlyOnInstallerDownloadAndSupportAlert() {
        assertThat(catalog.scopes().stream().filter(Scope::paas).map(Scope::id))
                .containsExactlyInAnyOrder("InstallerDownload", "SupportAlert");
    }

    @Test
    void riskClassesFollowTheDocumentedRule() {
        assertThat(scope("DataExport").risk()).isEqualTo(RiskClass.READ);
        assertThat(scope("metrics.read").risk()).isEqualTo(RiskClass.READ);
        assertThat(scope("metrics.ingest").risk()).isEqualTo(RiskClass.INGEST);
        assertThat(scope("DataImport").risk()).isEqualTo(RiskClass.INGEST);
        assertThat(scope("WriteConfig").risk()).isEqualTo(RiskClass.WRITE);
        assertThat(scope("apiTokens.write").risk()).isEqualTo(RiskClass.ADMIN);
        assertThat(scope("TenantTokenManagement").risk()).isEqualTo(RiskClass.ADMIN);
        assertThat(scope("DataPrivacy").risk()).isEqualTo(RiskClass.ADMIN);
    }

    @Test
    void clusterVersionNeedsDataExport() {
        Operation op = catalog.match("GET", "/api/v1/config/clusterversion").orElseThrow();
        assertThat(op.scopes()).containsExactly("DataExport");
        assertThat(op.base()).isEqualTo("/api/v1");
    }

    @Test
    void syntheticMonitorsAcceptAnyOfThreeScopes() {
        Operation op = catalog.match("GET", "/api/v1/synthetic/monitors").orElseThrow();
        assertThat(op.scopes()).containsExactlyInAnyOrder("ExternalSyntheticIntegration", "DataExport",
                "ReadSyntheticData");
    }

    @Test
    void tokenLookupAcceptsAnyScopeAndTimeNeedsNone() {
        Operation lookup = catalog.match("POST", "/api/v1/tokens/lookup").orElseThrow();
        assertThat(lookup.anyScope()).isTrue();
        assertThat(catalog.operations().stream().filter(Operation::anyScope)).hasSize(2);
        Operation time = catalog.match("GET", "/api/v1/time").orElseThrow();
        assertThat(time.needsNoScope()).isTrue();
        assertThat(catalog.operations().stream().filter(Operation::needsNoScope).map(Operation::endpoint))
                .containsExactly("GET /api/v1/time");
    }

    @Test
    void tokensApiV1IsDeprecatedWithItsReplacement() {
        for (String method : List.of("GET", "POST")) {
            Operation op = catalog.match(method, "/api/v1/tokens").orElseThrow();
            assertThat(op.deprecated()).isTrue();
            assertThat(op.replacement()).isEqualTo("/api/v2/apiTokens");
            assertThat(op.scopes()).containsExactly("TenantTokenManagement");
        }
        assertThat(catalog.match("GET", "/api/v2/apiTokens").orElseThrow().deprecated()).isFalse();
        assertThat(catalog.match("GET", "/api/v2/apiTokens").orElseThrow().scopes()).containsExactly("apiTokens.read");
    }

    @Test
    void deprecatedCountMatchesTheSpecs() {
        // 56 operations are marked deprecated in the three 1.254 specs; the supplement marks none extra
        assertThat(catalog.operations().stream().filter(Operation::deprecated)).hasSize(56);
    }

    @Test
    void concretePathsMatchTheirTemplates() {
        Operation ingest = catalog.match("POST", "/api/v2/metrics/ingest").orElseThrow();
        assertThat(ingest.path()).isEqualTo("/api/v2/metrics/ingest");
        assertThat(ingest.scopes()).containsExactly("metrics.ingest");
        Operation custom = catalog.match("PUT", "/api/v1/timeseries/custom:my.metric").orElseThrow();
        assertThat(custom.path()).isEqualTo("/api/v1/timeseries/{timeseriesIdentifier}");
        assertThat(custom.scopes()).containsExactly("DataExport");
        assertThat(catalog.match("GET", "/api/v2/no/such/thing")).isEmpty();
    }

    @Test
    void operationsAcceptingAScopeListTheEndpointsThatNeedIt() {
        assertThat(catalog.operationsAccepting("MaintenanceWindows")).isNotEmpty()
                .allSatisfy(op -> assertThat(op.base()).isEqualTo("/api/v1"));
        assertThat(catalog.operationsAccepting("openTelemetryTrace.ingest")).extracting(Operation::endpoint)
                .containsExactly("POST /api/v2/otlp/v1/traces");
    }

    private static Scope scope(String id) {
        return catalog.scope(id).orElseThrow(() -> new AssertionError("no scope " + id));
    }
}
