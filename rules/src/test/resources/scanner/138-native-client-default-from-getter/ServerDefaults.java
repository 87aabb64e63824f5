package org.example.monitoring.client;

/** Where the generated client sends requests unless told otherwise. */
final class ServerDefaults {
    static final String BASE_URI = "https://{environmentid}.live.dynatrace.com/api/v2";

    private ServerDefaults() {
    }
}
