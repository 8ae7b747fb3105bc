package dev.camelintercom.component;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Base of the producer tests: a WireMock server on a free loopback port, and the component pointed at it with the
 * suite's token.
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
        IntercomComponent component = new IntercomComponent();
        component.getConfiguration().setAccessToken(TOKEN);
        component.getConfiguration().setBaseUri(wireMock.baseUrl());
        context.addComponent("intercom", component);
        return context;
    }

    @AfterEach
    void stopWireMock() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }
}
