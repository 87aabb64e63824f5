package dev.tokenlint.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Assigns a {@link RiskClass} to a scope id by the rule documented in {@code docs/catalog.md}.
 * Works on ids the classifier has never seen, so a spec imported from a newer environment gets
 * sensible classes too; the bundled catalog's hand-kept supplement may still override single
 * scopes.
 *
 * <p>The rule, first match wins:
 * <ol>
 *   <li>admin: the scope's subject is tokens, credentials, certificates, data privacy, request
 *       forwarding or process memory, whatever its verb ({@link #ADMIN_SUBJECTS}, {@link #ADMIN_CLASSIC});</li>
 *   <li>read: {@code *.read}, {@code *.lookup}, {@code Read*}, {@code View*} and the classic export
 *       and download scopes ({@link #READ_CLASSIC});</li>
 *   <li>ingest: {@code *.ingest} and {@code DataImport};</li>
 *   <li>write: everything else ({@code *.write}, {@code *.create}, {@code Write*}, and any scope whose
 *       effect is not known), so an unfamiliar scope is never treated as harmless.</li>
 * </ol>
 */
public final class RiskClassifier {

    /** Lower-cased v2 subjects (the part before the dot) whose every verb is administrative. */
    private static final List<String> ADMIN_SUBJECTS = List.of(
            "apitokens", "activegatetokenmanagement", "tenanttokenrotation", "credentialvault");

    /** Classic scopes that administer the environment. */
    private static final Set<String> ADMIN_CLASSIC = Set.of(
            "TenantTokenManagement", "ActiveGateCertManagement", "DataPrivacy", "UserSessionAnonymization",
            "RestRequestForwarding", "MemoryDump");

    /** Classic scopes that only read or export data. */
    private static final Set<String> READ_CLASSIC = Set.of(
            "DataExport", "LogExport", "DTAQLAccess", "DiagnosticExport", "InstallerDownload");

    /** The risk class of {@code scopeId}. */
    public RiskClass classify(String scopeId) {
        String id = scopeId.strip();
        int dot = id.indexOf('.');
        if (dot >= 0) {
            String subject = id.substring(0, dot).toLowerCase(Locale.ROOT);
            String verb = id.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (ADMIN_SUBJECTS.contains(subject)) {
                return RiskClass.ADMIN;
            }
            if (verb.equals("read") || verb.equals("lookup")) {
                return RiskClass.READ;
            }
            if (verb.equals("ingest")) {
                return RiskClass.INGEST;
            }
            return RiskClass.WRITE;
        }
        if (ADMIN_CLASSIC.contains(id)) {
            return RiskClass.ADMIN;
        }
        if (READ_CLASSIC.contains(id) || id.startsWith("Read") || id.startsWith("View")) {
            return RiskClass.READ;
        }
        if (id.equals("DataImport")) {
            return RiskClass.INGEST;
        }
        return RiskClass.WRITE;
    }
}
