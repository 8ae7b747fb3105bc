/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.List;
import java.util.stream.Stream;

import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How endpoints are made from URIs and the component's defaults: what fails at creation, what overrides what, which
 * host is called, and how the component shares and closes its HTTP clients.
 */
class EndpointConfigurationTest extends IntercomTestSupport {

    private static final String CONVERSATION_OK = "{\"type\":\"conversation\",\"id\":\"123\"}";

    static Stream<Arguments> invalidEndpoints() {
        String contactOperations = String.join(", ", IntercomOperations.operations("contact"));
        return Stream.of(
                Arguments.of("intercom:widget?operation=get", "unknown resource 'widget'",
                        "valid resources: " + String.join(", ", IntercomOperations.resources())),
                Arguments.of("intercom:contact?operation=frobnicate", "unknown operation 'frobnicate'",
                        "valid operations: " + contactOperations));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEndpoints")
    void creationFailsListingWhatIsValid(String uri, String problem, String valid) {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri));
        String message = e.getCause().getMessage();
        assertTrue(message.contains(problem), message);
        assertTrue(message.contains(valid), message);
    }

    @Test
    void withoutOperationOptionTheHeaderChoosesAndAMessageWithoutEitherFailsBeforeSending() {
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"contact\",\"id\":\"c1\"}")));
        // no operation is needed to create the endpoint: a consumer has none, a producer may get it per message
        Exchange failed = template.send("intercom:contact", e -> e.getMessage().setHeader(IntercomConstants.CONTACT_ID, "c1"));
        IntercomInputException e = assertInstanceOf(IntercomInputException.class, failed.getException());
        assertTrue(e.getMessage().contains("valid operations: " + String.join(", ", IntercomOperations.operations("contact"))),
                e.getMessage());
        verify(0, anyRequestedFor(anyUrl()));

        Exchange got = template.send("intercom:contact", x -> {
            x.getMessage().setHeader(IntercomConstants.OPERATION, "get");
            x.getMessage().setHeader(IntercomConstants.CONTACT_ID, "c1");
        });
        assertEquals("c1", got.getMessage().getBody(Contact.class).getId());
        verify(1, getRequestedFor(urlEqualTo("/contacts/c1")));
    }

    @Test
    void plainHttpIsRefusedForHostsOtherThanLoopbackUnlessAllowed() throws Exception {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("intercom:admin?operation=me&baseUri=http://proxy.local:8080"));
        assertTrue(e.getCause().getMessage().contains("plain http"), e.getCause().getMessage());
        assertEquals("http://proxy.local:8080", context.getEndpoint(
                "intercom:admin?operation=me&baseUri=http://proxy.local:8080&allowInsecureHttp=true", IntercomEndpoint.class)
                .getConfiguration().resolveBaseUri());
        assertEquals("http://localhost:1", context.getEndpoint(
                "intercom:admin?operation=me&baseUri=http://localhost:1", IntercomEndpoint.class)
                .getConfiguration().resolveBaseUri());
    }

    @Test
    void withoutTokenTheEndpointIsCreatedButNoProducerOrConsumer() {
        IntercomComponent bare = new IntercomComponent();
        bare.getConfiguration().setBaseUri(wireMock.baseUrl());
        context.addComponent("bare", bare);
        // a webhook-only endpoint never calls Intercom: it is created without a token
        IntercomEndpoint endpoint = context.getEndpoint("bare:conversation", IntercomEndpoint.class);

        for (Executable create
                : List.<Executable>of(endpoint::createProducer, () -> endpoint.createConsumer(exchange -> { }))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, create);
            assertEquals("intercom: accessToken is required: set it on the component "
                         + "(camel.component.intercom.access-token) or the endpoint", e.getMessage());
        }
        assertEquals(0, wireMock.getAllServeEvents().size());
    }

    @Test
    void endpointOptionsOverrideTheComponentsAndLeaveItUnchanged() {
        stubFor(any(anyUrl()).willReturn(okJson(CONVERSATION_OK)));
        IntercomComponent component = context.getComponent("intercom", IntercomComponent.class);
        component.getConfiguration().setAdminId("111");

        template.sendBodyAndHeader("intercom:conversation?operation=close&adminId=222", null,
                IntercomConstants.CONVERSATION_ID, "1");
        template.sendBodyAndHeader("intercom:conversation?operation=close", null, IntercomConstants.CONVERSATION_ID, "2");

        verify(postRequestedFor(urlEqualTo("/conversations/1/parts"))
                .withRequestBody(equalToJson("{\"message_type\":\"close\",\"type\":\"admin\",\"admin_id\":\"222\"}")));
        verify(postRequestedFor(urlEqualTo("/conversations/2/parts"))
                .withRequestBody(equalToJson("{\"message_type\":\"close\",\"type\":\"admin\",\"admin_id\":\"111\"}")));
        assertEquals("111", component.getConfiguration().getAdminId());
    }

    @Test
    void operationHeaderOverridesTheUriOperation() {
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"list\",\"data\":[]}")));

        Exchange result = template.send("intercom:contact?operation=get",
                ex -> ex.getMessage().setHeader(IntercomConstants.OPERATION, "list"));

        assertNull(result.getException());
        verify(1, getRequestedFor(urlEqualTo("/contacts")));
        assertEquals(1, wireMock.getAllServeEvents().size());
    }

    @ParameterizedTest(name = "region {0}")
    @CsvSource({ "us, https://api.intercom.io", "eu, https://api.eu.intercom.io", "au, https://api.au.intercom.io" })
    void regionSelectsTheHost(String region, String baseUri) {
        context.addComponent("regional", regionalComponent());

        IntercomEndpoint endpoint = context.getEndpoint("regional:admin?operation=me&region=" + region, IntercomEndpoint.class);

        assertEquals(baseUri, endpoint.getConfiguration().resolveBaseUri());
    }

    @Test
    void regionDefaultsToUs() {
        context.addComponent("regional", regionalComponent());

        IntercomEndpoint endpoint = context.getEndpoint("regional:admin?operation=me", IntercomEndpoint.class);

        assertEquals("https://api.intercom.io", endpoint.getConfiguration().resolveBaseUri());
    }

    @Test
    void baseUriWinsOverRegion() {
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"admin\",\"id\":\"1\"}")));
        String uri = "intercom:admin?operation=me&region=eu";

        assertEquals(wireMock.baseUrl(), context.getEndpoint(uri, IntercomEndpoint.class).getConfiguration().resolveBaseUri());
        assertNull(template.send(uri, ex -> {
        }).getException());
        verify(1, getRequestedFor(urlEqualTo("/me")));
    }

    @Test
    void trailingSlashOfBaseUriIsDropped() {
        IntercomEndpoint endpoint = context.getEndpoint("intercom:admin?operation=me&baseUri=https://proxy.local:8080/",
                IntercomEndpoint.class);

        assertEquals("https://proxy.local:8080", endpoint.getConfiguration().resolveBaseUri());
    }

    @Test
    void apiVersionIsSentAsIntercomVersion() {
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"admin\",\"id\":\"1\"}")));

        template.sendBody("intercom:admin?operation=me&apiVersion=2.15", null);
        template.sendBody("intercom:admin?operation=me", null);

        verify(1, getRequestedFor(urlEqualTo("/me")).withHeader("Intercom-Version", equalTo("2.15")));
        verify(1, getRequestedFor(urlEqualTo("/me")).withHeader("Intercom-Version", equalTo("2.16")));
    }

    @Test
    void endpointsWithTheSameTransportSettingsShareOneClient() {
        IntercomComponent component = context.getComponent("intercom", IntercomComponent.class);
        CloseableHttpClient contact = clientOf(component, "intercom:contact?operation=get");

        assertSame(contact, clientOf(component, "intercom:company?operation=get&adminId=5&apiVersion=2.15"));
        assertSame(contact, clientOf(component, "intercom:admin?operation=me&connectTimeout=10000"));
        assertNotSame(contact, clientOf(component, "intercom:contact?operation=list&connectTimeout=5000"));
        assertNotSame(contact, clientOf(component, "intercom:contact?operation=list&responseTimeout=5000"));
        assertNotSame(contact, clientOf(component, "intercom:contact?operation=list&maxConnections=3"));
        assertNotSame(contact, clientOf(component, "intercom:contact?operation=list&proxyHost=proxy.local&proxyPort=3128"));
        assertSame(clientOf(component, "intercom:tag?operation=list&maxConnections=3"),
                clientOf(component, "intercom:team?operation=list&maxConnections=3"));
    }

    @Test
    void componentClosesItsClientsOnStop() throws Exception {
        IntercomComponent component = context.getComponent("intercom", IntercomComponent.class);
        CloseableHttpClient client = clientOf(component, "intercom:admin?operation=me");
        CloseableHttpClient other = clientOf(component, "intercom:admin?operation=me&maxConnections=3");

        component.stop();

        for (CloseableHttpClient closed : new CloseableHttpClient[] { client, other }) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> closed.execute(new HttpGet(wireMock.baseUrl() + "/me"), response -> response.getCode()));
            assertTrue(e.getMessage().contains("shut down"), e.getMessage());
        }
        assertEquals(0, wireMock.getAllServeEvents().size());
    }

    @Test
    void aConsumerPollsEveryThirtySecondsUnlessTheUriSaysOtherwise() throws Exception {
        assertEquals(30_000, consumerOf("intercom:conversation").getDelay());
        assertEquals(5_000, consumerOf("intercom:ticket?delay=5000").getDelay());
    }

    private ScheduledPollConsumer consumerOf(String uri) throws Exception {
        return (ScheduledPollConsumer) context.getEndpoint(uri).createConsumer(exchange -> {
        });
    }

    /** The client the endpoint of this URI is given by the component. */
    private CloseableHttpClient clientOf(IntercomComponent component, String uri) {
        return component.httpClient(context.getEndpoint(uri, IntercomEndpoint.class).getConfiguration());
    }

    private static IntercomComponent regionalComponent() {
        IntercomComponent component = new IntercomComponent();
        component.getConfiguration().setAccessToken(TOKEN);
        return component;
    }
}
