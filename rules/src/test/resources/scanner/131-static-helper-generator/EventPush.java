package com.acme.gen;

import static com.acme.gen.Generator.GET;
import static com.acme.gen.Generator.POST;

/** Pushes events to Dynatrace through the generator. */
class EventPush {
    void run(String tenant) {
        new Generator(GET, tenant + ApiVersion.V1 + "entity/services"); // expect: GET /api/v1/entity/services [DataExport] (cross-file-constant)
        Generator.json(POST, tenant + ApiVersion.V1 + "events", "{}"); // expect: POST /api/v1/events [DataExport] (cross-file-constant)
    }
}
