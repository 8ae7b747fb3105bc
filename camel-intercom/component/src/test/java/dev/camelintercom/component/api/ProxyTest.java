/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.camelintercom.component.model.Admin;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The proxy options: calls to the API host go to the proxy (WireMock plays it), and a proxy that asks for credentials
 * with 407 gets them from proxyUsername and proxyPassword.
 */
class ProxyTest extends IntercomTestSupport {

    // never resolved: the client hands the whole URL to the proxy
    private static final String API_HOST = "api.intercom.example";
    private static final String ADMIN = "{\"type\":\"admin\",\"id\":\"991\",\"name\":\"Ada\"}";

    private String uri() {
        return "intercom:admin?operation=me&baseUri=http://" + API_HOST + "&allowInsecureHttp=true"
               + "&proxyHost=127.0.0.1&proxyPort=" + wireMock.port();
    }

    @Test
    void callsGoThroughTheProxy() {
        stubFor(get("/me").willReturn(okJson(ADMIN)));

        Admin admin = template.requestBody(uri(), null, Admin.class);

        assertEquals("991", admin.getId());
        verify(getRequestedFor(urlEqualTo("/me")).withHeader("Host", equalTo(API_HOST))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void aProxyThatAsksForCredentialsGetsThem() {
        String credentials = "Basic " + Base64.getEncoder().encodeToString("gateway:s3cret".getBytes(StandardCharsets.UTF_8));
        stubFor(get("/me").withHeader("Proxy-Authorization", absent()).atPriority(2)
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
        stubFor(get("/me").withHeader("Proxy-Authorization", equalTo(credentials)).atPriority(1).willReturn(okJson(ADMIN)));

        Admin admin = template.requestBody(uri() + "&proxyUsername=gateway&proxyPassword=s3cret", null, Admin.class);

        assertEquals("991", admin.getId());
        verify(1, getRequestedFor(urlEqualTo("/me")).withHeader("Proxy-Authorization", equalTo(credentials)));
    }
}
