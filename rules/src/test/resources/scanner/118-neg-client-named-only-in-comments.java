package com.acme.sockets;

import java.net.Socket;

/**
 * Like {@link org.springframework.web.client.RestTemplate} or java.net.http.HttpClient, but for
 * plain sockets; the gateway serves it under /api/v2/raw (see okhttp3 for HTTP).
 */
public class RawSender {
    // an older version used new java.net.URL(base + "/api/v2/metrics/ingest").openConnection()
    public void send(Socket socket, byte[] data) throws Exception {
        socket.getOutputStream().write(data); /* feign, retrofit2: not here */
    }
}
