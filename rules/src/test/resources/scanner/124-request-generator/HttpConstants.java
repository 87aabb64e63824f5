package com.acme.reqgen;

public interface HttpConstants {
    String HTTP_GET_METHOD = "GET";
    String HTTP_POST_METHOD = "POST";
    String API_TOKEN_HEADER = "Api-Token ";
}
