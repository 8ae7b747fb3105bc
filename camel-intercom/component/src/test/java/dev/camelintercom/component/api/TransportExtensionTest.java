/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The extension points of the transport: an {@code httpClientConfigurer} customises the HTTP client the calls go
 * through, and the endpoint tells tracing and the developer console where it calls (without the token).
 */
class TransportExtensionTest extends IntercomTestSupport {

    @Test
    void anHttpClientConfigurerCustomisesTheClientTheCallsGoThrough() {
        HttpClientConfigurer configurer = builder -> builder.addRequestInterceptorFirst(
                (HttpRequestInterceptor) (request, entity, context) -> request.setHeader("X-Traced-By", "configurer"));
        context.getRegistry().bind("configurer", configurer);
        stubFor(get(urlEqualTo("/me")).willReturn(okJson("{\"type\": \"admin\", \"id\": \"991267\"}")));

        template.sendBody("intercom:admin?operation=me&httpClientConfigurer=#configurer", null);

        verify(getRequestedFor(urlEqualTo("/me")).withHeader("X-Traced-By", equalTo("configurer"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void theEndpointNamesItsServiceWithoutTheToken() {
        EndpointServiceLocation location = (EndpointServiceLocation) context.getEndpoint("intercom:admin?operation=me");
        assertEquals(wireMock.baseUrl(), location.getServiceUrl());
        assertEquals("http", location.getServiceProtocol());
        assertFalse(location.getServiceUrl().contains(TOKEN));
    }
}
