package com.acme.iface;

public interface DynatraceApi {
    String get(String path);
}
