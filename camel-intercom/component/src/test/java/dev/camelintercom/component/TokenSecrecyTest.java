/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access token reaches Intercom in the Authorization header and goes nowhere else: not into exception messages
 * of any kind of failure, not into {@code toString()}, not into endpoint URIs as Camel shows them, not into any log
 * line (the test log configuration sends every line, down to TRACE for the component, to {@link IntercomTestLog}).
 */
class TokenSecrecyTest extends IntercomTestSupport {

    private static final String BEARER = "Bearer " + TOKEN;
    private static final String URI_TOKEN_ROUTE = "direct:tokenInUri";

    private final List<String> seen = new ArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a failure here is logged by Camel's default error handler, with the message history of the route
                from(URI_TOKEN_ROUTE).to(tokenlessComponentUri("contact?operation=get&accessToken=" + TOKEN));
            }
        };
    }

    @AfterEach
    void nothingShowsTheToken() {
        for (String line : IntercomTestLog.lines()) {
            assertFalse(line.contains(TOKEN), "a log line shows the token: " + line);
        }
        for (String text : seen) {
            assertFalse(text.contains(TOKEN), "this shows the token: " + text);
        }
    }

    @Test
    void apiError() {
        stubFor(get("/contacts/c1").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"r1\",\"errors\":[{\"code\":\"unauthorized\","
                          + "\"message\":\"Access Token Invalid\"}]}")));

        Exception e = failure("intercom:contact?operation=get");

        IntercomApiException api = assertInstanceOf(IntercomApiException.class, e);
        see(api.getUri(), api.getStatusText(), api.getResponseHeaders());
        verify(getRequestedFor(urlEqualTo("/contacts/c1")).withHeader("Authorization", equalTo(BEARER)));
        // the capture sees the component's DEBUG and TRACE lines, so a leak there would fail this test
        List<String> lines = IntercomTestLog.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("Intercom answered 401 to GET /contacts/c1")), "DEBUG captured");
        assertTrue(lines.stream().anyMatch(l -> l.contains("Intercom response body: {\"type\":\"error.list\",\"request_id\":\"r1\"")),
                "TRACE captured");
    }

    @Test
    void inputError() {
        Exception e = failure("intercom:conversation?operation=get");

        assertInstanceOf(IntercomInputException.class, e);
    }

    @Test
    void connectionRefused() throws IOException {
        IntercomComponent unreachable = new IntercomComponent();
        unreachable.getConfiguration().setAccessToken(TOKEN);
        unreachable.getConfiguration().setBaseUri("http://127.0.0.1:" + closedPort());
        context.addComponent("unreachable", unreachable);

        Exception e = failure("unreachable:contact?operation=get");

        assertInstanceOf(IOException.class, e);
        see(unreachable, unreachable.getConfiguration());
    }

    @Test
    void tokenOnTheComponent() {
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"admin\",\"id\":\"1\"}")));
        IntercomEndpoint endpoint = context.getEndpoint("intercom:admin?operation=me", IntercomEndpoint.class);

        template.sendBody(endpoint, null);

        IntercomComponent component = context.getComponent("intercom", IntercomComponent.class);
        see(endpoint, endpoint.getEndpointUri(), endpoint.getEndpointBaseUri(), endpoint.getEndpointKey(),
                endpoint.getConfiguration(), component, component.getConfiguration());
        verify(getRequestedFor(urlEqualTo("/me")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void tokenInTheUri() {
        stubFor(get("/contacts/c1").willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"r2\",\"errors\":[{\"code\":\"not_found\"}]}")));
        IntercomEndpoint endpoint = context.getEndpoint(tokenlessComponentUri("contact?operation=get&accessToken=" + TOKEN),
                IntercomEndpoint.class);

        Exchange result = template.send(URI_TOKEN_ROUTE,
                ex -> ex.getMessage().setHeader(IntercomConstants.CONTACT_ID, "c1"));

        assertInstanceOf(IntercomApiException.class, result.getException());
        // Camel 4.18's error handler logs the route's history (4.14's does not): the endpoint in it has the token masked
        List<String> history = IntercomTestLog.lines().stream().filter(l -> l.contains("to[tokenless:contact?")).toList();
        assertTrue(history.stream().allMatch(l -> l.contains("to[tokenless:contact?operation=get&accessToken=xxx")),
                "the route's history in the log, with the token masked: " + history.size() + " lines");
        see(result.getException(), endpoint, endpoint.getEndpointBaseUri(), URISupport.sanitizeUri(endpoint.getEndpointUri()),
                endpoint.getConfiguration(), endpoint.getComponent());
        // the token of the URI is the one sent: the component itself has none
        verify(getRequestedFor(urlEqualTo("/contacts/c1")).withHeader("Authorization", equalTo(BEARER)));
    }

    /** An endpoint of a component that has no token of its own, so that only the URI supplies it. */
    private String tokenlessComponentUri(String rest) {
        if (context.hasComponent("tokenless") == null) {
            IntercomComponent tokenless = new IntercomComponent();
            tokenless.getConfiguration().setBaseUri(wireMock.baseUrl());
            context.addComponent("tokenless", tokenless);
        }
        return "tokenless:" + rest;
    }

    /** Sends a message with a contact id that fails, and keeps every text of the failure to check. */
    private Exception failure(String uri) {
        Exchange result = template.send(uri, ex -> ex.getMessage().setHeader(IntercomConstants.CONTACT_ID, "c1"));
        Exception e = result.getException();
        assertNotNull(e, "the call must fail");
        see(e);
        return e;
    }

    private void see(Object... things) {
        for (Object thing : things) {
            seen.add(String.valueOf(thing));
            if (thing instanceof Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                seen.add(trace.toString());
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
