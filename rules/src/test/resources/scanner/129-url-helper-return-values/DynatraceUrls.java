package com.acme.helpers.urls;

/** Builds Dynatrace API URLs for SaaS and Managed tenants. */
public final class DynatraceUrls {
    static final String SAAS_SUFFIX = ".live.dynatrace.com/api/v1/";

    private DynatraceUrls() {
    }

    public static String apiUrl(java.util.Optional<String> managedHost, String tenant) {
        if (managedHost.isPresent()) {
            return "https://" + managedHost.get() + "/e/" + tenant + "/api/v1/";
        }
        return "https://" + tenant + SAAS_SUFFIX;
    }
}
