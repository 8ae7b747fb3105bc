/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelintercom.component.model.Contact;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rate-limit governor against a workspace that enforces its limit: 20 calls per window, 429 beyond, with
 * {@code X-RateLimit-*} headers on every answer. Windows last two seconds here (Intercom's last ten), so the test
 * takes seconds.
 */
class RateLimitedWorkspaceTest extends IntercomTestSupport {

    private static final int LIMIT = 20;
    private static final long WINDOW_MILLIS = 2_000;
    private static final int THREADS = 8;
    private static final int CALLS = 60;
    private static final String CONTACT = "6762f0d01bb69f9f2193bb7d";

    private final WindowedLimit limit = new WindowedLimit();
    private WireMockServer workspace;

    @AfterEach
    void stopWorkspace() {
        if (workspace != null) {
            workspace.stop();
        }
    }

    @Test
    void eightThreadsStayInsideTheLimitWithTheGovernor() throws Exception {
        workspace = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(limit));
        workspace.start();
        workspace.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("intercom:contact?operation=get&contactId=" + CONTACT + "&baseUri=" + workspace.baseUrl());
            }
        });

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Object>> calls = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try {
            for (int i = 0; i < CALLS; i++) {
                calls.add(threads.submit(() -> template.requestBody("direct:get", (Object) null)));
            }
            for (Future<Object> call : calls) {
                try {
                    assertEquals(CONTACT, ((Contact) call.get(60, TimeUnit.SECONDS)).getId());
                } catch (ExecutionException e) {
                    failures.add(e.getCause().getCause().getMessage());
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(List.of(), failures, "failures that reached the route");
        assertEquals(0, limit.rejected.get(), "answers 429");
        assertEquals(CALLS, limit.accepted.get());
        assertTrue(limit.windowsUsed() >= CALLS / LIMIT, "the calls spread over windows");
    }

    /**
     * Intercom's limit: windows of two seconds on the wall clock, each ending on a whole second (the reset header is
     * in seconds); the 21st call of a window is answered 429.
     */
    static final class WindowedLimit implements ResponseDefinitionTransformerV2 {

        private final Map<Long, AtomicInteger> callsPerWindow = new ConcurrentHashMap<>();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            long window = System.currentTimeMillis() / WINDOW_MILLIS;
            long reset = (window + 1) * WINDOW_MILLIS / 1000;
            int used = callsPerWindow.computeIfAbsent(window, w -> new AtomicInteger()).incrementAndGet();
            if (used > LIMIT) {
                rejected.incrementAndGet();
                return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("X-RateLimit-Limit", String.valueOf(LIMIT)).withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", String.valueOf(reset))
                        .withBody("{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\","
                                  + "\"message\":\"Exceeded rate limit of " + LIMIT + " in 2_seconds\"}]}")
                        .build();
            }
            accepted.incrementAndGet();
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("X-RateLimit-Limit", String.valueOf(LIMIT))
                    .withHeader("X-RateLimit-Remaining", String.valueOf(LIMIT - used))
                    .withHeader("X-RateLimit-Reset", String.valueOf(reset))
                    .withBody("{\"type\":\"contact\",\"id\":\"" + CONTACT + "\"}")
                    .build();
        }

        int windowsUsed() {
            return callsPerWindow.size();
        }

        @Override
        public String getName() {
            return "windowed-limit";
        }
    }
}
