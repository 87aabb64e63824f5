package com.acme.dynatrace;

/** Defaults for running the services on a laptop. */
final class LocalDevDefaults {

    static final String ENVIRONMENT_URL = "https://abc12345.live.dynatrace.com";

    // Pasted "just for local testing" and committed by mistake (a fake token of the real format).
    static final String TOKEN = "dt0c01.LOCALDEVTOKEN0000000000A.EXAMPLEONLY00000000000000000000000000000000000000000000000000000";

    private LocalDevDefaults() {
    }
}
