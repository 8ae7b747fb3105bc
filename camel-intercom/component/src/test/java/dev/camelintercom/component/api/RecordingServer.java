/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server that records the method and the raw path of every request, exactly as it arrived, and
 * answers each with the same JSON body. For paths WireMock cannot show: its Jetty turns away a path with {@code %2F}
 * or {@code %25} in it ("ambiguous") before WireMock's journal sees the request.
 */
public final class RecordingServer implements AutoCloseable {

    /** A request as it arrived: the method and the path, still percent-encoded, without the query. */
    public record Arrival(String method, String rawPath) {
    }

    static {
        // without it the JDK's server waits for the delayed ACK of every small answer: 40 ms a call
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private volatile byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);

    public RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                arrivals.add(new Arrival(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()));
                byte[] body = answer;
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** The base URI for the component's {@code baseUri} option. */
    public String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What every request is answered with from now on. */
    public void answer(String json) {
        answer = json.getBytes(StandardCharsets.UTF_8);
    }

    /** The requests that arrived since the last {@link #clear()}. */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    public void clear() {
        arrivals.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
