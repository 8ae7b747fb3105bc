/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code GET /contacts} over a generated workspace of any size: each page of 150 contacts is made when asked for, the
 * cursor ({@code starting_after}) being the index of the next contact, so that a million contacts cost the stub no
 * memory. A plain JDK server, so that the stub is not the bottleneck of the streaming figures.
 */
final class PagingStub implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger pages = new AtomicInteger();
    private volatile int total;

    PagingStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/contacts", this::page);
        server.start();
    }

    /** Serves a workspace of this many contacts from now on. */
    PagingStub contacts(int count) {
        total = count;
        pages.set(0);
        return this;
    }

    int pagesServed() {
        return pages.get();
    }

    String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void page(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        int first = 0;
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            if (parameter.startsWith("starting_after=")) {
                first = Integer.parseInt(parameter.substring("starting_after=".length()));
            }
        }
        int size = Math.max(0, Math.min(Bodies.SEARCH_PAGE, total - first));
        String next = first + size < total ? String.valueOf(first + size) : null;
        byte[] body = Bodies.contactPage(first, size, total, next).toString().getBytes(StandardCharsets.UTF_8);
        pages.incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
