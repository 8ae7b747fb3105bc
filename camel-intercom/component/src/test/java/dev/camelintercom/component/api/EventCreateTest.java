/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code event create} without {@code created_at}: the component sends the second the exchange was created, so that a
 * redelivery sends the same event and Intercom drops it as a duplicate instead of counting it twice.
 */
class EventCreateTest extends IntercomTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:track")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0))
                        .to("intercom:event?operation=create");
            }
        };
    }

    @Test
    void createdAtIsTheExchangeCreationSecondOnEveryDelivery() throws Exception {
        stubFor(post("/events").inScenario("redelivery").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("redelivered"));
        stubFor(post("/events").inScenario("redelivery").whenScenarioStateIs("redelivered")
                .willReturn(aResponse().withStatus(202)));

        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(Map.of("event_name", "invited-friend", "user_id", "314159"));
        long createdSecond = exchange.getClock().getCreated() / 1000;
        // from here on "now" is a later second than the exchange's: a timestamp taken when sending would differ
        await().until(() -> System.currentTimeMillis() / 1000 > createdSecond);

        Exchange result = template.send("direct:track", exchange);

        assertNull(result.getException(), "the redelivery succeeds");
        List<LoggedRequest> requests = findAll(postRequestedFor(urlEqualTo("/events")));
        assertEquals(2, requests.size(), "the first delivery and the redelivery");
        for (LoggedRequest request : requests) {
            JsonNode createdAt = JSON.readTree(request.getBodyAsString()).get("created_at");
            assertTrue(createdAt != null && createdAt.isIntegralNumber(), "created_at is an integer: " + createdAt);
            assertEquals(createdSecond, createdAt.asLong(), "created_at is the exchange's creation second");
        }
    }
}
