/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.Map;

import org.apache.camel.builder.RouteBuilder;

/**
 * The raw client called from a processor of a {@code direct:} route: what Camel's exchange and routing cost on their
 * own, with no component in the way: the floor of any Camel route, which splits the component's cost over raw into
 * Camel's part and the component's own (in the suite's table and in {@link ProfileCalls}).
 */
final class RawInRouteClient extends RouteClient {

    private final RawClient raw;

    RawInRouteClient(String baseUri) throws Exception {
        raw = new RawClient(baseUri);
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").process(exchange -> exchange.getMessage().setBody(raw.getContact()));
                from("direct:reply").process(exchange -> exchange.getMessage().setBody(raw.reply()));
                from("direct:search").process(exchange -> exchange.getMessage().setBody(raw.search()));
            }
        });
    }

    @Override
    protected String contactIdHeader() {
        return "BenchContactId";
    }

    @Override
    protected Map<String, Object> replyHeaders() {
        return Map.of();
    }

    @Override
    public void close() throws Exception {
        super.close();
        raw.close();
    }
}
