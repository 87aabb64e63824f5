package com.acme.ci;

import org.apache.http.client.methods.HttpGet;

public class JenkinsJobs {
    HttpGet jobs(String jenkinsUrl) {
        return new HttpGet(jenkinsUrl + "/api/json?tree=jobs[name]");
    }

    HttpGet build(String jenkinsUrl, String job) {
        return new HttpGet(jenkinsUrl + "/job/" + job + "/lastBuild/api/json");
    }
}
