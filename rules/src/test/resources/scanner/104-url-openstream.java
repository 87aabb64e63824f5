package com.acme.stream;

import java.io.InputStream;
import java.net.URL;

public class TimeProbe {
    InputStream time(String dynatraceUrl) throws Exception {
        return new URL(dynatraceUrl + "/api/v1/time").openStream(); // expect: GET /api/v1/time [none] (concatenation)
    }
}
