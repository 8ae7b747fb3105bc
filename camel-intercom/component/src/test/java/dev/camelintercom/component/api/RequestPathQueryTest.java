/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomInputException;
import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The query string written into the path of a {@code request} call is percent-encoded text: what cannot be decoded is
 * the user's error, found before anything is sent. (Well-formed queries are contract cases in request.json.)
 */
class RequestPathQueryTest extends IntercomTestSupport {

    @Test
    void aQueryThatIsNotValidlyPercentEncodedFailsBeforeAnyRequest() {
        Exchange result = template.request("intercom:request?method=GET",
                e -> e.getMessage().setHeader(IntercomConstants.PATH, "/companies?name=100%zz"));

        IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
        assertEquals("path", e.getField());
        assertEquals(0, findAll(anyRequestedFor(anyUrl())).size(), "no request may reach Intercom");
    }
}
