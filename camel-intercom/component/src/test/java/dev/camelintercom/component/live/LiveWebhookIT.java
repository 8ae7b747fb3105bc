/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
/**
 * Intercom's signature of a delivery recorded from the workspace's app, checked by the component's webhook handler:
 * proof that the HMAC the component computes is the one Intercom sends. Environment: {@value #DELIVERY}, the file of
 * one delivery as it reached the server (its header lines, an empty line, the body byte for byte: what
 * {@code nc -l 8080 > delivery.http} writes when the app's webhook URL points there; a request line first is skipped),
 * and {@value #SECRET}, the app's client secret. Skipped when either is missing.
 */
@EnabledIfEnvironmentVariable(named = LiveWebhookIT.DELIVERY, matches = ".*\\S.*",
                              disabledReason = "no INTERCOM_WEBHOOK_DELIVERY: the recorded delivery is not checked")
@EnabledIfEnvironmentVariable(named = LiveWebhookIT.SECRET, matches = ".*\\S.*",
                              disabledReason = "no INTERCOM_CLIENT_SECRET: the recorded delivery is not checked")
class LiveWebhookIT extends CamelTestSupport {

    static final String DELIVERY = "INTERCOM_WEBHOOK_DELIVERY";
    static final String SECRET = "INTERCOM_CLIENT_SECRET";
    private static final String SIGNATURE = "X-Hub-Signature";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        IntercomComponent intercom = new IntercomComponent();
        intercom.getConfiguration().setClientSecret(LiveWorkspace.variable(SECRET));
        context.addComponent("intercom", intercom);
        return context;
    }

    @Test
    void theRecordedDeliveryIsGenuineAndAChangedCopyIsNot() throws Exception {
        Delivery delivery = Delivery.read(Path.of(LiveWorkspace.variable(DELIVERY)));
        assertNotNull(delivery.signature(), "the recorded delivery has no " + SIGNATURE + " header");
        MockEndpoint routed = getMockEndpoint("mock:routed");
        IntercomEndpoint endpoint = context.getEndpoint("intercom:conversation?topics=*&acknowledge=processed",
                IntercomEndpoint.class);
        Processor handler = endpoint.createWebhookHandler(context.getEndpoint("mock:routed").createProducer());
        ServiceHelper.startService(handler);
        try {
            routed.expectedMessageCount(1);
            assertEquals(200, deliver(handler, delivery.body(), delivery.signature()), "the recorded delivery");
            routed.assertIsSatisfied();
            assertNotNull(routed.getExchanges().get(0).getMessage().getHeader(IntercomConstants.WEBHOOK_TOPIC));

            byte[] changed = Arrays.copyOf(delivery.body(), delivery.body().length + 1);
            changed[changed.length - 1] = ' ';
            assertEquals(401, deliver(handler, changed, delivery.signature()), "the recorded delivery, one byte longer");
            assertEquals(1, routed.getReceivedCounter(), "only the genuine delivery is routed");
        } finally {
            ServiceHelper.stopService(handler);
        }
    }

    @AfterEach
    void theSecretReachedNoLogLine() {
        String secret = LiveWorkspace.variable(SECRET);
        assertEquals(0, IntercomTestLog.lines().stream().filter(line -> line.contains(secret)).count(),
                "log lines that contain the client secret");
    }

    private int deliver(Processor handler, byte[] body, String signature) throws Exception {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setHeader(SIGNATURE, signature);
        exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getIn().setBody(body);
        handler.process(exchange);
        return exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    /** One recorded delivery: its X-Hub-Signature value and its raw body. */
    record Delivery(String signature, byte[] body) {

        static Delivery read(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            int end = headerEnd(bytes);
            String signature = null;
            int length = -1;
            List<String> lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).lines().toList();
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).strip();
                    if (name.equals(SIGNATURE.toLowerCase(Locale.ROOT))) {
                        signature = value;
                    } else if (name.equals("content-length")) {
                        length = Integer.parseInt(value);
                    }
                }
            }
            int start = Math.min(bytes.length, end + (bytes[end] == '\r' ? 4 : 2));
            byte[] body = Arrays.copyOfRange(bytes, start, length < 0 ? bytes.length : Math.min(bytes.length, start + length));
            return new Delivery(signature, body);
        }

        /** Where the empty line after the headers starts (CRLF CRLF or LF LF). */
        private static int headerEnd(byte[] bytes) {
            for (int i = 0; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                    return i;
                }
                if (i + 3 < bytes.length && bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r'
                    && bytes[i + 3] == '\n') {
                    return i;
                }
            }
            throw new IllegalArgumentException("no empty line after the headers in the recorded delivery");
        }
    }
}
