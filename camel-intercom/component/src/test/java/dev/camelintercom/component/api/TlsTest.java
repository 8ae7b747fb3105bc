/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.IntercomTransportException;
import dev.camelintercom.testsupport.IntercomTestSupport;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.camelintercom.component.model.Admin;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TLS through {@code sslContextParameters}: a server whose certificate only the given trust store knows is reached
 * with it, and refused without it, before any request is sent.
 */
class TlsTest {

    private static final String PASSWORD = "changeit-tls-test";

    @TempDir
    static Path dir;
    private static WireMockServer server;
    private static Path keystore;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
        assertEquals(0, keytool.exitValue(), new String(keytool.getInputStream().readAllBytes()));

        server = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
                .keystorePath(keystore.toString()).keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)
                .keystoreType("PKCS12"));
        server.start();
        server.stubFor(get("/me").willReturn(okJson("{\"type\":\"admin\",\"id\":\"991\",\"name\":\"Ada\"}")));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void theTrustStoreOfSslContextParametersReachesTheServer() throws Exception {
        KeyStoreParameters trusted = new KeyStoreParameters();
        trusted.setResource("file:" + keystore);
        trusted.setPassword(PASSWORD);
        trusted.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trusted);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trust);

        Exchange result = send(tls);
        assertEquals("991", result.getMessage().getBody(Admin.class).getId());
    }

    @Test
    void withoutItTheHandshakeFailsBeforeAnythingIsSent() throws Exception {
        server.resetRequests();
        Exchange result = send(null);
        IntercomTransportException e = assertInstanceOf(IntercomTransportException.class, result.getException());
        assertFalse(e.isRequestMayHaveArrived());
        assertTrue(e.isRetrySafe());
        assertEquals(0, server.findAll(anyRequestedFor(anyUrl())).size());
    }

    private static Exchange send(SSLContextParameters tls) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            IntercomComponent component = new IntercomComponent();
            component.getConfiguration().setAccessToken(IntercomTestSupport.TOKEN);
            component.getConfiguration().setBaseUri("https://localhost:" + server.httpsPort());
            component.getConfiguration().setSslContextParameters(tls);
            context.addComponent("intercom", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            return template.send("intercom:admin?operation=me", exchange -> {
            });
        }
    }
}
