/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.trafficlistener.WiremockNetworkTrafficListener;
import com.sun.net.httpserver.HttpServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The loopback WireMock stub every client of the per-call benchmarks calls, run in the suite's JVM so that its work
 * and allocation are not counted in the benchmark's fork: a contact get, a conversation reply and a contact search
 * answering a page of 150. It counts the TCP connections clients open, and serves that count on a second port
 * ({@code GET /connections}, plain JDK server) so that a fork can read it before and after its measurement.
 */
final class CallStub implements AutoCloseable {

    private final AtomicInteger opened = new AtomicInteger();
    private final WireMockServer server;
    private final HttpServer counter;

    CallStub() throws IOException {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(80)
                .disableRequestJournal().networkTrafficListener(new ConnectionCounter()));
        server.start();
        server.stubFor(get(urlPathEqualTo("/contacts/" + Bodies.CONTACT_ID))
                .willReturn(okJson(Bodies.contact(Bodies.CONTACT_ID).toString())));
        server.stubFor(post(urlPathEqualTo("/conversations/" + Bodies.CONVERSATION_ID + "/reply"))
                .willReturn(okJson(Bodies.conversation().toString())));
        server.stubFor(post(urlPathEqualTo("/contacts/search"))
                .willReturn(okJson(Bodies.contactPage(0, Bodies.SEARCH_PAGE, 4_000, "WzE3NjcyMjU2MDAwMDAsMTUwXQ==").toString())));
        counter = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        counter.createContext("/connections", exchange -> {
            byte[] body = String.valueOf(opened.get()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        counter.start();
    }

    String baseUri() {
        return "http://127.0.0.1:" + server.port();
    }

    String counterUri() {
        return "http://127.0.0.1:" + counter.getAddress().getPort() + "/connections";
    }

    @Override
    public void close() {
        counter.stop(0);
        server.stop();
    }

    private final class ConnectionCounter implements WiremockNetworkTrafficListener {

        @Override
        public void opened(Socket socket) {
            opened.incrementAndGet();
        }

        @Override
        public void incoming(Socket socket, ByteBuffer bytes) {
        }

        @Override
        public void outgoing(Socket socket, ByteBuffer bytes) {
        }

        @Override
        public void closed(Socket socket) {
        }
    }
}
