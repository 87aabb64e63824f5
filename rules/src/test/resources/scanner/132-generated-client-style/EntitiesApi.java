package com.acme.gen.client;

import java.util.List;

public class EntitiesApi {
    private final ApiClient localVarApiClient = new ApiClient();

    public Object getEntityCall(String entityId, List<String> query) {
        String localVarPath = "/entities/{entityId}".replace("{" + "entityId" + "}", entityId);
        return localVarApiClient.buildCall(null, localVarPath, "GET", query, null); // expect: GET /api/v2/entities/{entityId} [entities.read] (literal)
    }

    public Object deleteTagsCall(List<String> query) {
        String localVarPath = "/tags";
        return localVarApiClient.invokeClassic(localVarPath, "DELETE"); // expect: DELETE /api/v2/tags [entities.write] (literal)
    }
}
