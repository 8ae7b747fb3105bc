/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelintercom.component.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a 429 the producer tells Camel's redelivery when Intercom's window resets ({@code CamelRedeliveryDelay}), so that
 * a plain redelivery policy retries after the reset instead of into the same limit; on other failures it leaves the
 * delay to the policy. The governor, where on, holds the next call until the reset by itself.
 */
class RedeliveryDelayTest extends IntercomTestSupport {

    private static final String CONTACT = "6762f0d01bb69f9f2193bb7d";
    private static final String PATH = "/contacts/" + CONTACT;
    private static final String GET_CONTACT = "intercom:contact?operation=get&contactId=" + CONTACT;
    /** Without the governor, nothing but the redelivery delay holds a retry. */
    private static final String GET_CONTACT_UNGOVERNED = GET_CONTACT + "&rateLimitGovernor=false";
    private static final String SCENARIO = "rate limit";

    /**
     * The {@code CamelRedeliveryDelay} header right after each failed attempt: what the error handler reads to pick
     * the delay (before the next attempt it puts back the message as it was before the first).
     */
    private final List<Long> delaysAfterFailures = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a policy that would retry within milliseconds: only the header can make it wait for the reset
                errorHandler(defaultErrorHandler().maximumRedeliveries(5).redeliveryDelay(10).useExponentialBackOff()
                        .onExceptionOccurred(
                                e -> delaysAfterFailures.add(e.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class))));
                from("direct:get").to(GET_CONTACT_UNGOVERNED);
            }
        };
    }

    @Test
    void theRetryWaitsForTheResetAndSucceeds() throws IOException {
        long reset = System.currentTimeMillis() / 1000 + 2;
        answers(rateLimited(reset, true), okJson(showContact()));

        Contact contact = template.requestBody("direct:get", null, Contact.class);

        assertEquals(CONTACT, contact.getId());
        List<LoggedRequest> calls = calls();
        assertEquals(2, calls.size());
        assertTrue(calls.get(0).getLoggedDate().getTime() < reset * 1000, "the first call came before the reset");
        assertTrue(calls.get(1).getLoggedDate().getTime() >= reset * 1000,
                "the retry came " + (reset * 1000 - calls.get(1).getLoggedDate().getTime()) + " ms before the reset");
    }

    @Test
    void withoutAResetHeaderTheDelayIsOneWindow() {
        stubFor(get(PATH).willReturn(rateLimited(null, false)));

        Exchange exchange = template.send(GET_CONTACT_UNGOVERNED, e -> {
        });

        IntercomApiException e = assertInstanceOf(IntercomApiException.class, exchange.getException());
        assertEquals(429, e.getStatusCode());
        Long delay = exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class);
        assertNotNull(delay, Exchange.REDELIVERY_DELAY);
        assertTrue(delay >= 10_000 && delay <= 11_000, "ten seconds and a little jitter, but was " + delay);
    }

    @Test
    void aServerErrorAfterARateLimitLeavesTheDelayToThePolicy() throws IOException {
        long reset = System.currentTimeMillis() / 1000 + 1;
        answers(rateLimited(reset, true), serverError(), okJson(showContact()));

        Contact contact = template.requestBody("direct:get", null, Contact.class);

        assertEquals(CONTACT, contact.getId());
        assertEquals(3, calls().size());
        assertEquals(2, delaysAfterFailures.size());
        assertNotNull(delaysAfterFailures.get(0), "the delay to the reset, after the 429");
        assertNull(delaysAfterFailures.get(1), "no delay of the component's after the 500: the policy's applies");
    }

    @Test
    void aServerErrorRemovesTheDelayAnEarlier429LeftOnTheMessage() {
        long reset = System.currentTimeMillis() / 1000 + 60;
        answers(rateLimited(reset, true), serverError());
        Exchange exchange = template.send(GET_CONTACT_UNGOVERNED, e -> {
        });
        assertNotNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));

        exchange.setException(null);
        template.send(GET_CONTACT_UNGOVERNED, exchange);

        assertEquals(500, assertInstanceOf(IntercomApiException.class, exchange.getException()).getStatusCode());
        assertNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @Test
    void aSuccessLeavesNoDelayBehind() throws IOException {
        long reset = System.currentTimeMillis() / 1000 + 1;
        answers(rateLimited(reset, true), okJson(showContact()));

        Exchange exchange = template.send("direct:get", e -> {
        });

        assertNull(exchange.getException());
        assertNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY), "a later failure must not inherit it");
    }

    /** The caller retries at once, with no delay of its own: the governor holds the call until the reset. */
    @ParameterizedTest(name = "429 with all rate-limit headers: {0}")
    @ValueSource(booleans = { true, false })
    void theGovernorHoldsAnImmediateRetryUntilTheReset(boolean allHeaders) throws IOException {
        long reset = System.currentTimeMillis() / 1000 + 2;
        answers(rateLimited(reset, allHeaders), okJson(showContact()));

        Exchange first = template.send(GET_CONTACT, e -> {
        });
        assertInstanceOf(IntercomApiException.class, first.getException());
        Contact contact = template.requestBody(GET_CONTACT, null, Contact.class);

        assertEquals(CONTACT, contact.getId());
        List<LoggedRequest> calls = calls();
        assertEquals(2, calls.size(), "the governor sent nothing into the limit");
        assertTrue(calls.get(1).getLoggedDate().getTime() >= reset * 1000,
                "the retry came " + (reset * 1000 - calls.get(1).getLoggedDate().getTime()) + " ms before the reset");
    }

    /**
     * A 429 the way Intercom sends it: {@code rate_limit_exceeded}, and the reset when known.
     *
     * @param reset Unix seconds of {@code X-RateLimit-Reset}, or null for none
     * @param limitHeaders whether {@code X-RateLimit-Limit} and {@code -Remaining} come too
     */
    private static ResponseDefinitionBuilder rateLimited(Long reset, boolean limitHeaders) {
        ResponseDefinitionBuilder response = aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-429\",\"errors\":[{\"code\":\"rate_limit_exceeded\","
                          + "\"message\":\"Exceeded rate limit of 167 in 10_seconds\"}]}");
        if (reset != null) {
            response.withHeader("X-RateLimit-Reset", reset.toString());
        }
        if (limitHeaders) {
            response.withHeader("X-RateLimit-Limit", "167").withHeader("X-RateLimit-Remaining", "0");
        }
        return response;
    }

    private static ResponseDefinitionBuilder serverError() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"errors\":[{\"code\":\"server_error\",\"message\":\"Server error\"}]}");
    }

    /** The contact's path answers these, one after the other; the last one from then on. */
    private static void answers(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? STARTED : "answer " + i;
            var stub = get(PATH).inScenario(SCENARIO).whenScenarioStateIs(state).willReturn(responses[i]);
            if (i + 1 < responses.length) {
                stub.willSetStateTo("answer " + (i + 1));
            }
            stubFor(stub);
        }
    }

    /** The calls that reached the contact's path, in the order they came. */
    private static List<LoggedRequest> calls() {
        List<LoggedRequest> calls = new ArrayList<>(findAll(getRequestedFor(urlEqualTo(PATH))));
        calls.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return calls;
    }

    private static String showContact() throws IOException {
        try (InputStream in = RedeliveryDelayTest.class.getResourceAsStream("/examples/ShowContact.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
