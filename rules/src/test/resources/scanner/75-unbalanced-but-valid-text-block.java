package com.acme.blocks;

import org.apache.http.client.methods.HttpPost;

public class TextBlockQuery {
    private static final String DQL = """
            fetch logs | filter contains(content, "/api/v2/metrics/ingest")
            """;

    HttpPost post(String dynatraceUrl) {
        // expect-next: POST /api/v2/logs/ingest [logs.ingest] (concatenation)
        return new HttpPost(dynatraceUrl + """
                /api/v2/logs/ingest""");
    }
}
