/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.Map;

import dev.camelintercom.component.IntercomConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PropertyBindingSupport;

/** The component, as a route uses it, with its defaults (the rate-limit governor on) and a pool of 64 connections. */
final class ComponentClient extends RouteClient {

    private static final Map<String, Object> REPLY_HEADERS =
            Map.of(IntercomConstants.CONVERSATION_ID, Bodies.CONVERSATION_ID);

    ComponentClient(String baseUri) throws Exception {
        PropertyBindingSupport.build().withCamelContext(context).withTarget(context.getComponent("intercom"))
                .withProperties(new java.util.HashMap<>(Map.of("baseUri", baseUri, "accessToken", Bodies.TOKEN,
                        "maxConnections", 64)))
                .withMandatory(true).bind();
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("intercom:contact?operation=get");
                from("direct:reply").to("intercom:conversation?operation=reply");
                from("direct:search").to("intercom:contact?operation=search&perPage=" + Bodies.SEARCH_PAGE);
            }
        });
    }

    @Override
    protected String contactIdHeader() {
        return IntercomConstants.CONTACT_ID;
    }

    @Override
    protected Map<String, Object> replyHeaders() {
        return REPLY_HEADERS;
    }
}
