/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;

/**
 * The job's routes by id, and how far each got: a route policy counts the exchanges each route completed (those its
 * consumer started, not the pieces of a split) and remembers when the latest completed one began, so the job can tell
 * when the import is done, how many conversations were triaged, and whether a stale sweep ran after a moment.
 */
public final class JobRoutes implements RoutePolicyFactory {

    public static final String CLOSE_STALE = "close-stale";
    public static final String TRIAGE = "triage-by-keyword";

    private static final String BEGAN = "jobRouteBegan";

    private final Map<String, AtomicLong> completed = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> latestBegan = new ConcurrentHashMap<>();

    @Override
    public RoutePolicy createRoutePolicy(org.apache.camel.CamelContext camelContext, String routeId, NamedNode route) {
        return new RoutePolicySupport() {
            @Override
            public void onExchangeBegin(Route route, Exchange exchange) {
                exchange.setProperty(BEGAN, System.nanoTime());
            }

            @Override
            public void onExchangeDone(Route route, Exchange exchange) {
                long began = exchange.getProperty(BEGAN, Long.class);
                latestBegan.computeIfAbsent(routeId, id -> new AtomicLong(Long.MIN_VALUE)).accumulateAndGet(began, Math::max);
                completed.computeIfAbsent(routeId, id -> new AtomicLong()).incrementAndGet();
            }
        };
    }

    /** How many exchanges the route completed, failed ones included. */
    public long completed(String routeId) {
        AtomicLong count = completed.get(routeId);
        return count == null ? 0 : count.get();
    }

    /** Whether the route completed an exchange that began after this {@link System#nanoTime()}. */
    public boolean completedOneBeganAfter(String routeId, long nanoTime) {
        AtomicLong began = latestBegan.get(routeId);
        return began != null && began.get() - nanoTime > 0;
    }
}
