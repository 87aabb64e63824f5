package com.acme.layers;

class Report {
    private final EntityService service = new EntityService();

    String build(String entityId) throws Exception {
        return service.fetch("/entities/" + entityId); // expect: GET /api/v2/entities/{entityId} [entities.read] (concatenation)
    }
}
