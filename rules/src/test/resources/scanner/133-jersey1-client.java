package com.acme.jersey;

import com.sun.jersey.api.client.Client;
import com.sun.jersey.api.client.ClientResponse;
import com.sun.jersey.api.client.WebResource;

/** Posts deployment events to Dynatrace with the Jersey 1 client. */
class DeploymentNotifier {
    private final Client client = Client.create();

    void notify(String tenantUrl, String body) {
        WebResource resource = client.resource(tenantUrl + "/api/v1/events"); // expect: POST /api/v1/events [DataExport] (concatenation)
        resource.type("application/json").header("Authorization", "Api-Token x").post(ClientResponse.class, body);
        ClientResponse problems = client.resource(tenantUrl + "/api/v2/problems").get(ClientResponse.class); // expect: GET /api/v2/problems [problems.read] (concatenation)
    }
}
