package com.acme.ci;

import java.net.URI;
import java.net.http.HttpRequest;

public class GitHubStatus {
    HttpRequest status(String repo, String sha) {
        return HttpRequest.newBuilder(URI.create("https://api.github.com/repos/" + repo + "/statuses/" + sha))
                .header("Authorization", "Bearer " + System.getenv("GITHUB_TOKEN"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }
}
