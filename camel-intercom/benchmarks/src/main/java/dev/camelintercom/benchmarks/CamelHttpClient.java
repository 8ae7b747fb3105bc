/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.Map;

import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The route a user writes without the component: Camel's {@code http} component with hand-set headers and JSON
 * marshalling by camel-jackson into the component's model classes, through a pool of 64 connections.
 */
final class CamelHttpClient extends RouteClient {

    private static final String CONTACT_ID = "BenchContactId";

    CamelHttpClient(String baseUri) throws Exception {
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(64);
        http.setConnectionsPerRoute(64);
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get")
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .setHeader(Exchange.HTTP_PATH, simple("/contacts/${header." + CONTACT_ID + "}"))
                        .removeHeader(CONTACT_ID)
                        .to("direct:call")
                        .unmarshal().json(JsonLibrary.Jackson, Contact.class);
                from("direct:reply")
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.HTTP_PATH, constant("/conversations/" + Bodies.CONVERSATION_ID + "/reply"))
                        .marshal().json(JsonLibrary.Jackson)
                        .to("direct:call")
                        .unmarshal().json(JsonLibrary.Jackson, Conversation.class);
                from("direct:search")
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.HTTP_PATH, constant("/contacts/search"))
                        .marshal().json(JsonLibrary.Jackson)
                        .to("direct:call")
                        .unmarshal().json(JsonLibrary.Jackson, ContactPage.class)
                        .transform().body(ContactPage.class, ContactPage::getData);
                from("direct:call")
                        .setHeader("Authorization", constant(AUTHORIZATION))
                        .setHeader("Intercom-Version", constant(API_VERSION))
                        .setHeader("Accept", constant("application/json"))
                        .setHeader("User-Agent", constant(USER_AGENT))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .to(baseUri + "?throwExceptionOnFailure=true");
            }
        });
    }

    @Override
    protected String contactIdHeader() {
        return CONTACT_ID;
    }

    @Override
    protected Map<String, Object> replyHeaders() {
        return Map.of();
    }
}
