/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.stream.Stream;

import dev.camelintercom.component.api.IntercomOperations;
import org.apache.camel.FailedToCreateProducerException;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad endpoint configuration fails when the endpoint is created (so a route using it does not start),
 * with a message that says what is wrong, and nothing is sent; a missing token fails when the producer is created
 * (a webhook-only endpoint needs none). {@code tokenless:} is the component without a token of its own, so that only
 * the URI supplies one.
 */
class InvalidEndpointTest extends IntercomTestSupport {

    /**
     * One bad endpoint and the error it must cause.
     *
     * @param cause the class of the cause of the {@link ResolveEndpointFailedException}
     * @param message the exact message of the cause
     */
    record BadEndpoint(String name, String uri, Class<? extends Exception> cause, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadEndpoint> badEndpoints() {
        String resources = String.join(", ", IntercomOperations.resources());
        String contactOperations = String.join(", ", IntercomOperations.operations("contact"));
        return Stream.of(
                bad("unknown resource", "intercom:widget?operation=get", IllegalArgumentException.class,
                        "intercom: unknown resource 'widget'; valid resources: " + resources),
                bad("unknown operation", "intercom:contact?operation=frobnicate", IntercomInputException.class,
                        "contact.frobnicate: unknown operation 'frobnicate' for resource contact; valid operations: "
                                                                                                   + contactOperations),
                bad("invalid region", "intercom:contact?operation=get&region=mars", PropertyBindingException.class,
                        "Error binding property (region=mars) with name: region on bean: "
                        + "intercom://contact?operation=get&region=mars with value: mars"),
                bad("base URI not https", "intercom:contact?operation=get&baseUri=ftp://api.intercom.io",
                        IllegalArgumentException.class, "intercom: baseUri must be an absolute https URI, but was "
                                                        + "ftp://api.intercom.io"),
                bad("base URI without a scheme", "intercom:contact?operation=get&baseUri=api.intercom.io",
                        IllegalArgumentException.class, "intercom: baseUri must be an absolute https URI, but was "
                                                        + "api.intercom.io"),
                bad("plain http to another host", "intercom:contact?operation=get&baseUri=http://api.intercom.io",
                        IllegalArgumentException.class, "intercom: baseUri http://api.intercom.io is plain http to a host "
                                                        + "that is not loopback; use https, or set allowInsecureHttp=true"),
                bad("option of a number not a number", "intercom:contact?operation=list&maxRequestsPerWindow=lots",
                        PropertyBindingException.class, "Error binding property (maxRequestsPerWindow=lots) with name: "
                                                        + "maxRequestsPerWindow on bean: intercom://contact?"
                                                        + "maxRequestsPerWindow=lots&operation=list with value: lots"),
                bad("unknown option", "intercom:contact?operation=get&colour=red", ResolveEndpointFailedException.class,
                        "Failed to resolve endpoint: intercom://contact?colour=red&operation=get due to: There are 1 "
                        + "parameters that couldn't be set on the endpoint. Check the uri if the parameters are spelt "
                        + "correctly and that they are properties of the endpoint. Unknown parameters=[{colour=red}]"),
                bad("conflict policy not one of its values", "intercom:contact?operation=create&contactConflict=merge",
                        PropertyBindingException.class, "Error binding property (contactConflict=merge) with name: "
                                                        + "contactConflict on bean: intercom://contact?contactConflict=merge"
                                                        + "&operation=create with value: merge"));
    }

    @BeforeEach
    void answerEverythingAndAddATokenlessComponent() {
        // were a request sent, it would succeed: only the endpoint's own checks can fail
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"contact\",\"id\":\"c1\"}")));
        IntercomComponent tokenless = new IntercomComponent();
        tokenless.getConfiguration().setBaseUri(wireMock.baseUrl());
        context.addComponent("tokenless", tokenless);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEndpoints")
    void creationFailsAndNothingIsSent(BadEndpoint c) {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> template.sendBody(c.uri(), null));

        assertTrue(c.cause().isInstance(e.getCause()), e.getCause().toString());
        assertEquals(c.message(), e.getCause().getMessage());
        assertEquals(0, wireMock.getAllServeEvents().size(), "no request may reach Intercom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no token | tokenless:contact?operation=get",
            "empty token | tokenless:contact?operation=get&accessToken=",
            "blank token | tokenless:contact?operation=get&accessToken=%20%20" })
    void aProducerWithoutATokenFailsWhenCreatedAndNothingIsSent(String name, String uri) {
        FailedToCreateProducerException e = assertThrows(FailedToCreateProducerException.class,
                () -> template.sendBody(uri, null));

        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("intercom: accessToken is required: set it on the component "
                     + "(camel.component.intercom.access-token) or the endpoint", cause.getMessage());
        assertEquals(0, wireMock.getAllServeEvents().size(), "no request may reach Intercom");
    }

    private static BadEndpoint bad(String name, String uri, Class<? extends Exception> cause, String message) {
        return new BadEndpoint(name, uri, cause, message);
    }
}
