/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.testsupport;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Base of this project's producer tests (an internal test kit; users have the sandbox): a WireMock server on a free
 * loopback port, and the component pointed at it with the suite's token.
 */
public abstract class IntercomTestSupport extends CamelTestSupport {

    /** The token every test uses; {@code TokenSecrecyTest} checks that it leaks nowhere. */
    public static final String TOKEN = "tok_SUITE_SECRET_5f3c9a1e77d04b2b";

    protected WireMockServer wireMock;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        WireMock.configureFor("127.0.0.1", wireMock.port());
        CamelContext context = super.createCamelContext();
        Map<String, Object> options = new HashMap<>(Map.of("accessToken", TOKEN, "baseUri", wireMock.baseUrl()));
        Component intercom = context.getComponent("intercom");
        // the component's own configurer: Camel 4.14 does not find it from the target alone, as 4.18 does
        PropertyBindingSupport.build().withCamelContext(context).withTarget(intercom)
                .withConfigurer(intercom.getComponentPropertyConfigurer()).withProperties(options).withMandatory(true).bind();
        return context;
    }

    @AfterEach
    void stopWireMock() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }
}
