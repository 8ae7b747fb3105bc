/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomTransportException;
import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.Iterator;

import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A later page answered 200 without a body (a proxy lost it) fails the iteration, as the first page fails the
 * producer: it is not taken for the end of the list.
 */
class PagingEmptyAnswerTest extends IntercomTestSupport {

    @Test
    void aLaterPageWithoutBodyFailsTheIterationInsteadOfEndingIt() {
        stubFor(get(urlEqualTo("/contacts")).willReturn(okJson("{\"type\":\"list\",\"data\":[{\"type\":\"contact\",\"id\":\"a\"}],"
                + "\"pages\":{\"type\":\"pages\",\"next\":{\"starting_after\":\"c2\"}}}")));
        stubFor(get(urlEqualTo("/contacts?starting_after=c2")).willReturn(aResponse().withStatus(200)));

        Iterator<?> all = template.requestBody("intercom:contact?operation=list&paginate=true", null, Iterator.class);
        all.next();
        RuntimeCamelException e = assertThrows(RuntimeCamelException.class, all::hasNext);
        IntercomTransportException cause = assertInstanceOf(IntercomTransportException.class, e.getCause());
        assertTrue(cause.isRetrySafe(), "a list read is safe to repeat");
    }
}
