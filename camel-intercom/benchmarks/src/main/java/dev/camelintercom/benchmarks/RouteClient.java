/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A client that calls through Camel routes {@code direct:get}, {@code direct:reply} and {@code direct:search}, each
 * answering the call's model object(s); the subclass writes the routes and says how the ids reach them.
 */
abstract class RouteClient implements Client {

    protected final CamelContext context = new DefaultCamelContext();
    private final Map<String, Object> replyBody = Client.replyBody();
    private final Map<String, Object> searchBody = Client.searchBody();
    private ProducerTemplate template;

    /** Adds the routes and starts the context; the subclass's constructor calls it last. */
    protected final void start(RouteBuilder routes) throws Exception {
        context.addRoutes(routes);
        context.start();
        template = context.createProducerTemplate();
    }

    /** The header that carries the contact id to {@code direct:get}. */
    protected abstract String contactIdHeader();

    /** The headers {@code direct:reply} needs beside the body (the same map each call). */
    protected abstract Map<String, Object> replyHeaders();

    @Override
    public Object getContact() {
        return template.requestBodyAndHeader("direct:get", null, contactIdHeader(), Bodies.CONTACT_ID);
    }

    @Override
    public Object reply() {
        return template.requestBodyAndHeaders("direct:reply", replyBody, replyHeaders());
    }

    @Override
    public Object search() {
        return template.requestBody("direct:search", searchBody);
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
