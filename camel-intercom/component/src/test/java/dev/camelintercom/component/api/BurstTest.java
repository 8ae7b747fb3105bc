/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.Workspace;
import dev.camelintercom.sandbox.SandboxRequests;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@value #CALLS} contact gets and updates from {@value #THREADS} threads against a workspace that allows
 * {@value #LIMIT} calls per 10-second window (Intercom's 1,000 a minute, on the system clock), with the component's
 * defaults and a route without any redelivery: the rate-limit governor alone must keep every 429 away from the route
 * while using at least 90 % of the budget. Takes about a minute and a half: the budget allows no faster.
 */
class BurstTest extends SandboxTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(BurstTest.class);

    static final int CALLS = 1_500;
    static final int THREADS = 8;
    static final int LIMIT = 167;
    private static final int WINDOW_SECONDS = 10;
    private static final int CONTACTS = 50;

    private final List<String> contactIds = new ArrayList<>();

    @Override
    protected SandboxOptions sandboxOptions() {
        return SandboxOptions.defaults().rateLimit(LIMIT).rateLimitWindowSeconds(WINDOW_SECONDS);
    }

    @Override
    protected void seed(Workspace workspace) {
        for (int i = 0; i < CONTACTS; i++) {
            contactIds.add(workspace.createContact(Map.of("email", "burst" + i + "@example.com")).get("id").asText());
        }
    }


    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("direct:get").to("intercom:contact?operation=get");
                from("direct:update").to("intercom:contact?operation=update");
            }
        };
    }

    @Test
    void noRateLimitReachesTheRouteAndTheBudgetIsUsed() throws Exception {
        List<Exception> failures = new CopyOnWriteArrayList<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < CALLS; i = next.getAndIncrement()) {
                        Exchange done = call(i);
                        if (done.getException() != null) {
                            failures.add(done.getException());
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        List<SandboxRequests.Recorded> requests = sandbox.requests().all();
        long answered429 = requests.stream().filter(r -> r.status() == 429).count();
        long routeSaw429 = failures.stream()
                .filter(e -> e instanceof IntercomApiException api && api.isRateLimited()).count();
        SortedMap<Long, Integer> perWindow = new TreeMap<>();
        requests.forEach(r -> perWindow.merge(r.at() - Math.floorMod(r.at(), WINDOW_SECONDS), 1, Integer::sum));
        // the first and last windows are partial: the run starts and ends inside them
        List<Integer> whole = new ArrayList<>(perWindow.values()).subList(1, perWindow.size() - 1);
        double perSecond = whole.stream().mapToInt(Integer::intValue).sum() / (double) (whole.size() * WINDOW_SECONDS);
        double limitPerSecond = LIMIT / (double) WINDOW_SECONDS;
        LOG.info("Burst figures: {} calls from {} threads, limit {} per {} s; 429s reaching the route {}, 429s answered {}, "
                 + "failures {}; calls per whole window {}; throughput {} calls/s = {} % of the limit ({} calls/s)",
                CALLS, THREADS, LIMIT, WINDOW_SECONDS, routeSaw429, answered429, failures.size(), whole,
                String.format("%.2f", perSecond), String.format("%.1f", 100 * perSecond / limitPerSecond),
                String.format("%.1f", limitPerSecond));

        assertEquals(0, routeSaw429, "429s that reached the route");
        assertEquals(List.of(), failures.stream().map(Exception::toString).toList());
        assertEquals(CALLS, requests.size(), "one request per call");
        assertTrue(whole.size() >= 7, "whole windows measured: " + whole);
        assertTrue(perSecond >= 0.9 * limitPerSecond, "throughput " + perSecond + " calls/s, limit " + limitPerSecond);
    }

    /** Call {@code i}: every other one an update, the rest gets, spread over the contacts. */
    private Exchange call(int i) {
        String contactId = contactIds.get(i % CONTACTS);
        if (i % 2 == 0) {
            return template.send("direct:get", e -> e.getMessage().setHeader(IntercomConstants.CONTACT_ID, contactId));
        }
        return template.send("direct:update", e -> {
            e.getMessage().setHeader(IntercomConstants.CONTACT_ID, contactId);
            e.getMessage().setBody(Map.of("name", "burst " + i));
        });
    }
}
