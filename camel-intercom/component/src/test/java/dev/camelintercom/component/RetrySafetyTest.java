/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every failure says whether Camel may send the message again ({@link IntercomFailure#isRetrySafe()}): always when
 * Intercom cannot have acted on the request (429, no connection), for reads, updates and upserts when it may have
 * (5xx, a connection lost after sending, no answer in time, an answer that cannot be read), never when the request
 * itself is wrong. The component itself never sends a call twice: that is the route's decision.
 */
class RetrySafetyTest extends IntercomTestSupport {

    private static final String CONTACT = "6762f0d01bb69f9f2193bb7d";
    /** The tests here are about one call each: no governor to hold the next call after a 429. */
    private static final String UNGOVERNED = "&rateLimitGovernor=false";

    /** An operation, a message it accepts, and whether the operation table marks it safe to send twice. */
    record Operation(String name, String uri, Map<String, Object> body, boolean retrySafe) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("contact.get", "intercom:contact?operation=get&contactId=" + CONTACT, null, true),
            new Operation("contact.update", "intercom:contact?operation=update&contactId=" + CONTACT,
                    Map.of("name", "Jane"), true),
            new Operation("company.createOrUpdate", "intercom:company?operation=createOrUpdate",
                    Map.of("company_id", "crm-7", "name", "Acme"), true),
            new Operation("conversation.create", "intercom:conversation?operation=create&contactId=" + CONTACT,
                    Map.of("body", "Where is my order?"), false),
            new Operation("conversation.reply", "intercom:conversation?operation=reply&conversationId=123456&adminId=99",
                    Map.of("body", "We are looking into it."), false),
            new Operation("note.create", "intercom:note?operation=create&contactId=" + CONTACT + "&adminId=99",
                    Map.of("body", "VIP customer"), false),
            new Operation("message.create", "intercom:message?operation=create&adminId=99",
                    Map.of("message_type", "in_app", "body", "Your trial ends tomorrow.", "to",
                            Map.of("type", "user", "id", CONTACT)),
                    false),
            new Operation("ticket.create", "intercom:ticket?operation=create&ticketTypeId=1234&contactId=" + CONTACT,
                    Map.of("ticket_attributes", Map.of("_default_title_", "Charged twice")), false));

    /** For which operations a failure is safe to retry. */
    enum Safety {
        ALWAYS,
        SAFE_OPERATIONS_ONLY,
        NEVER;

        boolean forOperation(Operation operation) {
            return this == ALWAYS || this == SAFE_OPERATIONS_ONLY && operation.retrySafe();
        }
    }

    /**
     * A way a call fails, and what the exception must say.
     *
     * @param response       what WireMock answers, or null: nothing listens on the port
     * @param options        endpoint options the case needs
     * @param status         the status of an {@link IntercomApiException}, or null for an {@link IntercomTransportException}
     * @param errorCode      the first code of Intercom's error list, null when the body holds none
     * @param mayHaveArrived for a transport failure: whether the request may have reached Intercom
     */
    record Failure(String name, ResponseDefinitionBuilder response, String options, Integer status, String errorCode,
            boolean mayHaveArrived, Safety safety) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Failure> failures() {
        return Stream.of(
                apiError(429, "rate_limit_exceeded", Safety.ALWAYS),
                apiError(500, "server_error", Safety.SAFE_OPERATIONS_ONLY),
                apiError(502, "server_error", Safety.SAFE_OPERATIONS_ONLY),
                apiError(503, "service_unavailable", Safety.SAFE_OPERATIONS_ONLY),
                apiError(504, "request_timeout", Safety.SAFE_OPERATIONS_ONLY),
                apiError(400, "parameter_invalid", Safety.NEVER),
                apiError(401, "unauthorized", Safety.NEVER),
                apiError(404, "not_found", Safety.NEVER),
                apiError(422, "data_invalid", Safety.NEVER),
                new Failure("502 HTML page of a proxy", aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"), "", 502, null, true,
                        Safety.SAFE_OPERATIONS_ONLY),
                new Failure("connection refused", null, "", null, null, false, Safety.ALWAYS),
                new Failure("connection reset after the request", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "",
                        null, null, true, Safety.SAFE_OPERATIONS_ONLY),
                new Failure("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE), "", null, null, true,
                        Safety.SAFE_OPERATIONS_ONLY),
                new Failure("answer slower than responseTimeout", okJson("{\"type\":\"contact\"}").withFixedDelay(2_000),
                        "&responseTimeout=250", null, null, true, Safety.SAFE_OPERATIONS_ONLY),
                new Failure("200 with malformed JSON", okJson("{\"type\":\"contact\",\"id\":"), "", null, null, true,
                        Safety.SAFE_OPERATIONS_ONLY));
    }

    private static Failure apiError(int status, String code, Safety safety) {
        return new Failure(status + " " + code, aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-RateLimit-Reset", "1767225600")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-" + status + "\",\"errors\":[{\"code\":\"" + code
                          + "\",\"message\":\"failed\"}]}"),
                "", status, code, true, safety);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the recipe of docs/errors.md, without delays: redeliver what is safe; the rest to the dead letters
                errorHandler(deadLetterChannel("mock:dead"));
                FaultMatrixTest.redeliverWhatIsSafe(this).redeliveryDelay(0);
                from("direct:getContact").to(OPERATIONS.get(0).uri() + UNGOVERNED).to("mock:done");
                from("direct:createConversation").to(OPERATIONS.get(3).uri() + UNGOVERNED).to("mock:done");
            }
        };
    }

    @Test
    void theOperationTableMarksTheOperationsAsExpected() {
        assertAll(OPERATIONS.stream().map(op -> () -> {
            String[] name = op.name().split("\\.");
            assertTrue(IntercomOperations.find(name[0], name[1]).stream().allMatch(v -> v.isRetrySafe() == op.retrySafe()),
                    op.name());
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void theFailureSaysWhetherARetryIsSafe(Failure failure) throws IOException {
        String options = UNGOVERNED + failure.options();
        if (failure.response() == null) {
            options += "&baseUri=http://127.0.0.1:" + closedPort();
        } else {
            stubFor(any(anyUrl()).willReturn(failure.response()));
        }
        String endpointOptions = options;
        assertAll(OPERATIONS.stream().map(op -> (Executable) () -> {
            wireMock.resetRequests();
            Exchange exchange = template.send(op.uri() + endpointOptions, e -> e.getMessage().setBody(op.body()));

            Exception e = exchange.getException();
            if (failure.status() != null) {
                IntercomApiException api = assertInstanceOf(IntercomApiException.class, e, op.name());
                assertEquals(failure.status(), api.getStatusCode(), op.name());
                assertEquals(failure.errorCode(), api.getErrorCode(), op.name());
            } else {
                IntercomTransportException transport = assertInstanceOf(IntercomTransportException.class, e, op.name());
                assertEquals(failure.mayHaveArrived(), transport.isRequestMayHaveArrived(), op.name() + ": may have arrived");
            }
            assertEquals(failure.safety().forOperation(op), ((IntercomFailure) e).isRetrySafe(), op.name() + ": retry safe");
            if (failure.response() == null) {
                assertInstanceOf(ConnectException.class, e.getCause(), op.name());
            } else {
                verify(1, anyRequestedFor(anyUrl()));
            }
        }));
    }

    @Test
    void theRecipeRedeliversAReadAfterAConnectionReset() throws InterruptedException {
        stubFor(get("/contacts/" + CONTACT).inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        stubFor(get("/contacts/" + CONTACT).inScenario("reset").whenScenarioStateIs("up")
                .willReturn(okJson("{\"type\":\"contact\",\"id\":\"" + CONTACT + "\"}")));
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);
        getMockEndpoint("mock:dead").expectedMessageCount(0);

        template.sendBody("direct:getContact", null);

        MockEndpoint.assertIsSatisfied(context);
        assertEquals(CONTACT, done.getExchanges().get(0).getMessage().getBody(Contact.class).getId());
        verify(2, getRequestedFor(urlEqualTo("/contacts/" + CONTACT)));
    }

    @Test
    void theRecipeSendsACreateOnceAfterAConnectionReset() throws InterruptedException {
        stubFor(post("/conversations").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        getMockEndpoint("mock:done").expectedMessageCount(0);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        template.sendBody("direct:createConversation", OPERATIONS.get(3).body());

        MockEndpoint.assertIsSatisfied(context);
        Exception caught = dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        IntercomTransportException e = assertInstanceOf(IntercomTransportException.class, caught);
        assertTrue(e.isRequestMayHaveArrived());
        verify(1, anyRequestedFor(anyUrl()));
        verify(1, postRequestedFor(urlEqualTo("/conversations")));
    }

    @Test
    void theRecipeRedeliversACreateAfterARateLimit() throws InterruptedException {
        long reset = System.currentTimeMillis() / 1000; // the window has refilled already: no wait
        stubFor(post("/conversations").inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", String.valueOf(reset))
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\"}]}"))
                .willSetStateTo("refilled"));
        stubFor(post("/conversations").inScenario("limit").whenScenarioStateIs("refilled")
                .willReturn(okJson("{\"type\":\"user_message\",\"id\":\"403918330\"}")));
        getMockEndpoint("mock:done").expectedMessageCount(1);
        getMockEndpoint("mock:dead").expectedMessageCount(0);

        template.sendBody("direct:createConversation", OPERATIONS.get(3).body());

        MockEndpoint.assertIsSatisfied(context);
        verify(2, postRequestedFor(urlEqualTo("/conversations")));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
