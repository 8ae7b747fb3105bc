/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.camelintercom.sandbox.SandboxWebhooks;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook source from a YAML route: the sandbox's signed notifications of new conversations reach the route as
 * JSON, only the topic asked for; a forged one is refused with 401 and not routed.
 */
class WebhookSourceKameletTest extends KameletTestSupport {

    private static final String SECRET = "kamelet-test-secret";

    private final int port = AvailablePortFinder.getNextAvailable();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        context.getRegistry().bind("received", (org.apache.camel.Processor) e -> received.add(e.getMessage().getBody(String.class)));
        return context;
    }

    @Test
    void verifiedNotificationsOfTheTopicReachTheRouteAsJson() throws Exception {
        load("webhook", """
                - route:
                    from:
                      uri: "kamelet:intercom-webhook-source?clientSecret=%s&path=/intercom/conversations&topics=conversation.user.created"
                      steps:
                        - process:
                            ref: received
                """.formatted(SECRET));
        sandbox.webhooks().sendTo("http://127.0.0.1:" + port + "/intercom/conversations", SECRET);

        String contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
        String conversationId = sandbox.workspace().createConversation(contactId, "Hello").get("id").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        assertEquals(conversationId, JSON.readTree(received.get(0)).get("id").asText());
        // the contact's notification (contact.user.created) was answered, not routed
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.webhooks().deliveries().size() == 2);
        assertTrue(sandbox.webhooks().deliveries().stream().allMatch(d -> d.status() == 200),
                sandbox.webhooks().deliveries().toString());
        assertEquals(1, received.size());
    }

    @Test
    void aDeliverySignedWithAnotherSecretIsRefused() throws Exception {
        load("webhook", """
                - route:
                    from:
                      uri: "kamelet:intercom-webhook-source?clientSecret=%s&path=/intercom/conversations&topics=conversation.*"
                      steps:
                        - process:
                            ref: received
                """.formatted(SECRET));
        sandbox.webhooks().sendTo("http://127.0.0.1:" + port + "/intercom/conversations", "another-secret");

        String contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
        sandbox.workspace().createConversation(contactId, "Hello");

        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.webhooks().deliveries().size() == 2);
        List<SandboxWebhooks.Delivery> deliveries = sandbox.webhooks().deliveries();
        assertTrue(deliveries.stream().allMatch(d -> d.status() == 401), deliveries.toString());
        assertEquals(List.of(), received);
    }
}
