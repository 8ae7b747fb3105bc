/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.camelintercom.component.IntercomHealthDetails;
import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's readiness, as Camel's health registry reports it: a poll that Intercom refuses makes it DOWN with
 * Intercom's status, error code and {@code request_id} in the details; those of an earlier failure do not linger, and
 * a good poll brings it UP with the details gone.
 */
class ConsumerHealthCheckTest extends IntercomTestSupport {

    private static final String SEARCH = "/conversations/search";
    private static final String EMPTY = "{\"type\":\"conversation.list\",\"conversations\":[],\"total_count\":0,"
                                        + "\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":150,\"total_pages\":0}}";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Camel Main loads the consumers' repository of checks by itself (camel.health.consumersEnabled)
        HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("intercom:conversation?initialDelay=0&delay=50").routeId("poll").to("mock:conversations");
            }
        };
    }

    @Test
    void aRefusedPollPutsIntercomsStatusCodeAndRequestIdInTheDetails() {
        stubFor(post(SEARCH).willReturn(error(403, "token_unauthorized", "req-poll-403")));

        HealthCheck.Result down = awaitState(HealthCheck.State.DOWN, "req-poll-403");

        assertEquals(403, down.getDetails().get(IntercomHealthDetails.HTTP_STATUS));
        assertEquals("token_unauthorized", down.getDetails().get(IntercomHealthDetails.ERROR_CODE));
        assertEquals("req-poll-403", down.getDetails().get(IntercomHealthDetails.REQUEST_ID));
        assertFalse(down.toString().contains(TOKEN), down.toString());
        assertFalse(String.valueOf(down.getDetails()).contains(TOKEN));
    }

    @Test
    void aLaterFailureReplacesTheDetailsAndAGoodPollClearsThem() {
        stubFor(post(SEARCH).willReturn(error(401, "unauthorized", "req-poll-1")));
        awaitState(HealthCheck.State.DOWN, "req-poll-1");

        // a gateway's page: a status, but no error code and no request id of Intercom's
        stubFor(post(SEARCH).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        HealthCheck.Result gateway = await().atMost(Duration.ofSeconds(10)).until(this::readiness,
                r -> Integer.valueOf(502).equals(r.getDetails().get(IntercomHealthDetails.HTTP_STATUS)));
        assertNull(gateway.getDetails().get(IntercomHealthDetails.ERROR_CODE));
        assertNull(gateway.getDetails().get(IntercomHealthDetails.REQUEST_ID));

        stubFor(post(SEARCH).willReturn(okJson(EMPTY)));
        HealthCheck.Result up = awaitState(HealthCheck.State.UP, null);
        assertNull(up.getDetails().get(IntercomHealthDetails.REQUEST_ID));
    }

    @Test
    void readyOnceAPollHasReadItsWindow() {
        stubFor(post(SEARCH).willReturn(okJson(EMPTY)));

        HealthCheck.Result up = awaitState(HealthCheck.State.UP, null);

        assertTrue(up.getDetails().get(HealthCheck.ENDPOINT_URI).toString().startsWith("intercom://conversation"));
        assertFalse(up.getDetails().containsKey(IntercomHealthDetails.HTTP_STATUS), String.valueOf(up.getDetails()));
    }

    private HealthCheck.Result awaitState(HealthCheck.State state, String requestId) {
        return await().atMost(Duration.ofSeconds(10)).until(this::readiness,
                r -> r.getState() == state
                     && (requestId == null || requestId.equals(r.getDetails().get(IntercomHealthDetails.REQUEST_ID))));
    }

    private HealthCheck.Result readiness() {
        return HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals("consumer:poll")).findFirst()
                .orElseThrow(() -> new AssertionError("no consumer check"));
    }

    private static ResponseDefinitionBuilder error(int status, String code, String requestId) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"" + requestId + "\",\"errors\":[{\"code\":\""
                          + code + "\",\"message\":\"refused\"}]}");
    }

}
