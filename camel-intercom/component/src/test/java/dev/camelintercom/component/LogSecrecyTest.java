/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.List;
import java.util.Map;

import dev.camelintercom.component.model.Contact;
import dev.camelintercom.sandbox.SandboxFault;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.Workspace;
import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the log of the whole test run (every line of the JVM, down to TRACE for the component, kept by
 * {@link IntercomTestLog}): no line shows a token, and no line above DEBUG shows a response body. Runs last in the
 * module ({@code junit-platform.properties} orders test classes by {@link Order}), so that it reads what every other
 * test logged; it makes calls of its own first, so that it can fail when run alone too.
 */
@Order(Integer.MAX_VALUE)
class LogSecrecyTest extends SandboxTestSupport {

    /** The tokens of the suite: WireMock tests use {@link IntercomTestSupport#TOKEN}, sandbox tests the default. */
    private static final List<String> TOKENS = List.of(IntercomTestSupport.TOKEN, SandboxOptions.DEFAULT_TOKEN);
    /** In the name of a contact this test seeds without HTTP: only a response body can carry it into the log. */
    private static final String BODY_MARKER = "Ms LogSecrecy Responsebody";
    /**
     * Texts that only the sandbox's response bodies carry (the email of its admin, the author of notes and parts),
     * in the sandbox tests throughout the run.
     */
    private static final List<String> RESPONSE_BODY_TEXTS = List.of(BODY_MARKER, "admin@sandbox.example");

    private String contactId;

    @Override
    protected void seed(Workspace workspace) {
        contactId = workspace.createContact(Map.of("email", "secrecy@example.com", "name", BODY_MARKER)).get("id").asText();
    }


    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // Camel's default error handler logs a failure at ERROR, with the exception and the route's history
                from("direct:get").to("intercom:contact?operation=get");
            }
        };
    }

    /** Calls whose answers carry the marker: a success, and a success that cannot be read and fails the route. */
    @BeforeEach
    void callWithAnswersThatCarryTheMarker() {
        Contact contact = template.requestBodyAndHeader("direct:get", null, IntercomConstants.CONTACT_ID, contactId,
                Contact.class);
        assertEquals(BODY_MARKER, contact.getName());
        template.requestBody("intercom:admin?operation=me", (Object) null);
        sandbox.faults().nextRequests(1, SandboxFault.malformedJson().afterProcessing());
        Exchange failed = template.send("direct:get", e -> e.getMessage().setHeader(IntercomConstants.CONTACT_ID, contactId));
        assertInstanceOf(IntercomTransportException.class, failed.getException());
    }

    @Test
    void noLineShowsAToken() {
        List<String> lines = IntercomTestLog.lines();
        assertTrue(lines.size() > 10, "the log was captured: " + lines.size() + " lines");
        for (String line : lines) {
            for (String token : TOKENS) {
                assertFalse(line.contains(token), () -> "a log line shows a token: " + line);
            }
        }
    }

    @Test
    void noLineAboveDebugShowsAResponseBody() {
        List<IntercomTestLog.Line> lines = IntercomTestLog.entries();
        assertTrue(lines.stream().anyMatch(l -> isAboveDebug(l) && l.text().contains(IntercomTransportException.class.getName())),
                "the failure with the unreadable body was logged above DEBUG");
        for (String text : RESPONSE_BODY_TEXTS) {
            assertTrue(lines.stream().anyMatch(l -> l.level() == Level.TRACE && l.text().contains(text)),
                    () -> "the response bodies carrying '" + text + "' were captured at TRACE");
            for (IntercomTestLog.Line line : lines) {
                assertFalse(isAboveDebug(line) && line.text().contains(text),
                        () -> "a " + line.level() + " line shows a response body: " + line.text());
            }
        }
    }

    private static boolean isAboveDebug(IntercomTestLog.Line line) {
        return line.level().isMoreSpecificThan(Level.INFO);
    }
}
