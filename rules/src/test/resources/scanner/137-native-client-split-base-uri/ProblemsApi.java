package com.acme.dtgen.api;

import com.acme.dtgen.invoker.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.StringJoiner;

/** One operation class: each operation builds its relative path and joins it to the stored base URI. */
public class ProblemsApi {
    private final HttpClient httpClient;
    private final String baseUri;

    public ProblemsApi() {
        this(new ApiClient());
    }

    public ProblemsApi(ApiClient apiClient) {
        httpClient = apiClient.getHttpClient();
        baseUri = apiClient.getBaseUri();
    }

    private HttpRequest.Builder listProblemsRequest(String problemSelector) {
        HttpRequest.Builder request = HttpRequest.newBuilder();
        String path = "/problems";
        StringJoiner query = new StringJoiner("&");
        if (problemSelector != null) {
            query.add("problemSelector=" + problemSelector);
            request.uri(URI.create(baseUri + path + '?' + query)); // expect: GET /api/v2/problems [problems.read]
        } else {
            request.uri(URI.create(baseUri + path)); // expect: GET /api/v2/problems [problems.read]
        }
        request.header("Accept", "application/json");
        request.method("GET", HttpRequest.BodyPublishers.noBody());
        return request;
    }

    private HttpRequest.Builder closeProblemRequest(String problemId, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder();
        String path = "/problems/{problemId}/close"
                .replace("{problemId}", problemId);
        request.uri(URI.create(baseUri + path)); // expect: POST /api/v2/problems/{problemId}/close [problems.write]
        request.header("Content-Type", "application/json");
        request.method("POST", HttpRequest.BodyPublishers.ofString(body));
        return request;
    }

    private HttpRequest.Builder deleteCommentRequest(String problemId, String commentId) {
        HttpRequest.Builder request = HttpRequest.newBuilder();
        String path = "/problems/{problemId}/comments/{commentId}"
                .replace("{problemId}", problemId)
                .replace("{commentId}", commentId);
        request.uri(URI.create(baseUri + path)); // expect: DELETE /api/v2/problems/{problemId}/comments/{commentId} [problems.write]
        request.method("DELETE", HttpRequest.BodyPublishers.noBody());
        return request;
    }
}
