/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.sandbox.IntercomSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Camel context whose routes consume from an {@link IntercomSandbox}, recording what they receive; polls are
 * triggered by the test ({@code startScheduler=false}) unless the URI says otherwise.
 */
final class ConsumerHarness implements AutoCloseable {

    /** One emitted exchange. */
    record Emission(String route, String resource, String id, long createdAt, long updatedAt, String change) {
    }

    private final CamelContext context = new DefaultCamelContext();
    private final List<Emission> emitted = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> attempts = Collections.synchronizedMap(new HashMap<>());

    ConsumerHarness(IntercomSandbox sandbox) {
        sandbox.configure(context);
    }

    CamelContext context() {
        return context;
    }

    /** Binds a bean, e.g. a state repository, for {@code #name} references in URIs. */
    ConsumerHarness bind(String name, Object bean) {
        context.getRegistry().bind(name, bean);
        return this;
    }

    /** A route from the URI that records each exchange, and throws for those the predicate picks (recorded as not completed). */
    ConsumerHarness route(String id, String uri, Predicate<Exchange> fails) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).process(exchange -> {
                    String key = exchange.getMessage().getHeader(IntercomConstants.RESOURCE_TYPE, String.class) + "/"
                                 + exchange.getMessage().getHeader(IntercomConstants.RESOURCE_ID, String.class);
                    attempts.merge(key, 1, Integer::sum);
                    if (fails.test(exchange)) {
                        throw new IllegalStateException("the route fails " + key + " on purpose");
                    }
                    emitted.add(new Emission(exchange.getFromRouteId(),
                            exchange.getMessage().getHeader(IntercomConstants.RESOURCE_TYPE, String.class),
                            exchange.getMessage().getHeader(IntercomConstants.RESOURCE_ID, String.class),
                            exchange.getMessage().getHeader(IntercomConstants.CREATED_AT, Long.class),
                            exchange.getMessage().getHeader(IntercomConstants.UPDATED_AT, 0L, Long.class),
                            exchange.getMessage().getHeader(IntercomConstants.CHANGE, String.class)));
                });
            }
        });
        return this;
    }

    ConsumerHarness route(String id, String uri) throws Exception {
        return route(id, uri, exchange -> false);
    }

    ConsumerHarness start() {
        context.start();
        return this;
    }

    IntercomConsumer consumer(String routeId) {
        return (IntercomConsumer) context.getRoute(routeId).getConsumer();
    }

    /** Polls the route's consumer once; returns what poll() returned. */
    int poll(String routeId) throws Exception {
        return consumer(routeId).poll();
    }

    /** Polls until a poll emits nothing; returns the number of polls that emitted. */
    int drain(String routeId) throws Exception {
        int polls = 0;
        while (poll(routeId) > 0) {
            polls++;
        }
        return polls;
    }

    /** The completed emissions, in the order the route completed them. */
    List<Emission> emitted() {
        synchronized (emitted) {
            return new ArrayList<>(emitted);
        }
    }

    /** The ids completed for a resource type, in order. */
    List<String> ids(String type) {
        return emitted().stream().filter(e -> type.equals(e.resource())).map(Emission::id).toList();
    }

    /** The completed emissions of one route, in order. */
    List<Emission> emittedBy(String routeId) {
        return emitted().stream().filter(e -> routeId.equals(e.route())).toList();
    }

    /** How often the route saw each {@code type/id}. */
    Map<String, Integer> attempts() {
        synchronized (attempts) {
            return new HashMap<>(attempts);
        }
    }

    @Override
    public void close() {
        context.stop();
    }
}
