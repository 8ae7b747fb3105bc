/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.SandboxWebhooks;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The sandbox sends signed notifications of the conversations it creates and drops some on purpose; the companion
 * poll routes exactly the dropped ones, and nothing twice.
 */
class WebhookReconciliationTest extends SandboxTestSupport {

    private static final String PATH = "/intercom/conversations";

    private final int port = AvailablePortFinder.getNextAvailable();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Deliveries.serve(context, port);
        sandbox.webhooks().sendTo("http://127.0.0.1:" + port + PATH, WebhookReceiverTest.SECRET)
                .drop(item -> item.toString().contains("DROPPED"));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:intercom:conversation?clientSecret=RAW(" + WebhookReceiverTest.SECRET + ")"
                     + "&reconcile=true&reconcileDelay=200&webhookComponentName=platform-http&webhookPath=" + PATH)
                        .to("mock:conversations");
            }
        };
    }

    @Test
    void theReconciliationPollRoutesExactlyTheDroppedConversationsOnce() throws Exception {
        Workspace workspace = sandbox.workspace();
        String contact = workspace.createContact(Map.of("email", "ada@example.com")).get("id").asText();
        List<String> all = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean drop = i % 3 == 1;
            String id = workspace.createConversation(contact, drop ? "DROPPED " + i : "delivered " + i).get("id").asText();
            all.add(id);
            if (drop) {
                dropped.add(id);
            }
        }
        MockEndpoint mock = getMockEndpoint("mock:conversations");
        await().atMost(20, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= all.size());
        // the sandbox has settled every notification, and two more polls have read the whole window since
        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.webhooks().deliveries().size() == all.size() + 1);
        int searches = sandbox.requests().count("POST", "/conversations/search");
        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.requests().count("POST", "/conversations/search") >= searches + 2);

        List<String> routed = mock.getExchanges().stream().map(e -> e.getMessage().getHeader(IntercomConstants.RESOURCE_ID,
                String.class)).sorted().toList();
        assertEquals(all.stream().sorted().toList(), routed, "each conversation once");
        for (Exchange exchange : mock.getExchanges()) {
            if (dropped.contains(exchange.getMessage().getHeader(IntercomConstants.RESOURCE_ID, String.class))) {
                assertNull(exchange.getMessage().getHeader(IntercomConstants.WEBHOOK_TOPIC), "a dropped one came by the poll");
            }
        }
        List<SandboxWebhooks.Delivery> sent = sandbox.webhooks().deliveries();
        assertEquals(dropped, sent.stream().filter(d -> d.status() == SandboxWebhooks.DROPPED).map(SandboxWebhooks.Delivery::objectId).toList());
        assertEquals(all.size() - dropped.size() + 1, sent.stream().filter(d -> d.status() == 200).count(),
                "the contact's notification and the delivered conversations were answered 200");
    }
}
