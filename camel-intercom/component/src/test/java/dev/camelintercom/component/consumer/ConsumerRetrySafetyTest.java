/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomTransportException;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.testsupport.IntercomTestSupport;
import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.camel.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's searches are the table's search rows, so a failed poll says what the table says of search: safe to
 * send again, after a server error and after a connection lost once the request was sent.
 */
class ConsumerRetrySafetyTest extends IntercomTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "conversation", "ticket", "contact" })
    void aFailedSearchOfAPollIsRetrySafeAsTheTableMarksSearch(String resource) throws Exception {
        assertTrue(IntercomOperations.row(resource, "search").isRetrySafe(), "the table marks " + resource + ".search");
        stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        IntercomApiException e = assertThrows(IntercomApiException.class, () -> pollOnce(resource));
        assertEquals(503, e.getStatusCode());
        assertTrue(e.isRetrySafe(), "a 503 on the consumer's " + resource + " search");
        verify(postRequestedFor(urlEqualTo(IntercomOperations.row(resource, "search").pathTemplate())));

        stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        IntercomTransportException lost = assertThrows(IntercomTransportException.class, () -> pollOnce(resource));
        assertTrue(lost.isRetrySafe(), "a connection lost on the consumer's " + resource + " search");
    }

    private void pollOnce(String resource) throws Exception {
        Endpoint endpoint = context.getEndpoint("intercom:" + resource + "?startFrom=beginning&rateLimitGovernor=false");
        IntercomConsumer consumer = (IntercomConsumer) endpoint.createConsumer(exchange -> { });
        consumer.start();
        try {
            consumer.poll();
        } finally {
            consumer.stop();
        }
    }
}
