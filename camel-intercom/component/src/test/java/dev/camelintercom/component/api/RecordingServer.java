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
 * A loopback HTTP server that records every request (method, raw path and query, body) exactly as it arrived, and
 * answers each with the same JSON body. For paths WireMock cannot show: its Jetty turns away a path with {@code %2F}
 * or {@code %25} in it ("ambiguous") before WireMock's journal sees the request.
 */
public final class RecordingServer implements AutoCloseable {

    /** A request as it arrived: the method, the path and the query, still percent-encoded, and the body (UTF-8). */
    public record Arrival(String method, String rawPath, String rawQuery, String body) {

        /** The method and the path, as a server's log shows a request. */
        public String call() {
            return method + " " + rawPath;
        }

        @Override
        public String toString() {
            String shown = body.length() > 200 ? body.substring(0, 200) + "... (" + body.length() + " characters)" : body;
            return call() + (rawQuery == null ? "" : "?" + rawQuery) + (body.isEmpty() ? "" : " " + shown);
        }
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
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                arrivals.add(new Arrival(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(), body));
                byte[] answered = answer;
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answered.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answered);
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
