package com.acme.retrofit;

import retrofit2.Call;
import retrofit2.http.GET;

/** A Retrofit interface for GitHub: relative paths, no /api/ segment. */
public interface GitHubApi {
    @GET("repos/{owner}/{repo}/releases")
    Call<String> releases(String owner, String repo);
}
