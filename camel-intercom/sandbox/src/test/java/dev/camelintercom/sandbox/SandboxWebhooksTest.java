/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notifications the sandbox sends: one {@code *.created} for each object a create path makes, and none for an
 * object that changes or comes back. Notifications go out one at a time in order, so once a later object's
 * notification has arrived, none of an earlier change can still be on its way.
 */
class SandboxWebhooksTest extends SandboxClientTestSupport {

    private static final String SECRET = "sandbox-webhooks-test-secret";

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            signatures.add(exchange.getRequestHeaders().getFirst("X-Hub-Signature")
                           + " " + SandboxWebhooks.signature(body, SECRET));
            received.add(SandboxJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        start(SandboxOptions.defaults());
        sandbox.webhooks().sendTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks", SECRET);
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void creatingAContactSendsExactlyOneSignedCreatedNotification() {
        String id = sandbox.workspace().createContact(Map.of("email", "ada@example.com", "role", "user"))
                .get("id").asText();

        // the sandbox lists a delivery once answered, so after the receiver has it
        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.webhooks().deliveries().size() == 1);
        assertEquals(1, received.size());
        JsonNode notification = received.get(0);
        assertEquals("contact.user.created", notification.get("topic").asText());
        assertEquals(id, notification.at("/data/item/id").asText());
        String[] sentAndExpected = signatures.get(0).split(" ");
        assertEquals(sentAndExpected[1], sentAndExpected[0], "signed with the client secret");
        assertEquals(List.of(new SandboxWebhooks.Delivery(notification.get("id").asText(), "contact.user.created", id, 200)),
                sandbox.webhooks().deliveries());
    }

    @Test
    void unarchivingOrChangingAContactSendsNoCreatedNotification() {
        String id = sandbox.workspace().createContact(Map.of("email", "ada@example.com", "role", "user"))
                .get("id").asText();
        sandbox.workspace().archiveContact(id);
        sandbox.workspace().unarchiveContact(id);
        client.put("/contacts/" + id, Map.of("name", "Ada Lovelace"));
        String marker = sandbox.workspace().createContact(Map.of("email", "grace@example.com", "role", "lead"))
                .get("id").asText();

        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.webhooks().deliveries().stream()
                .anyMatch(delivery -> marker.equals(delivery.objectId())));
        assertEquals(List.of("contact.user.created " + id, "contact.lead.created " + marker),
                received.stream().map(n -> n.get("topic").asText() + " " + n.at("/data/item/id").asText()).toList());
        assertEquals(2, sandbox.webhooks().deliveries().size());
    }

    @Test
    void aConversationIsAnnouncedByWhoStartedIt() {
        String contact = sandbox.workspace().createContact(Map.of("email", "ada@example.com", "role", "user"))
                .get("id").asText();
        String asked = client.post("/conversations", Map.of("from", Map.of("type", "user", "id", contact),
                "body", "Where is my order?")).body().get("conversation_id").asText();
        SandboxClient.Response message = client.post("/messages", Map.of("message_type", "in_app", "body", "Your order has shipped",
                "from", Map.of("type", "admin", "id", sandbox.workspace().adminId()),
                "to", Map.of("type", "user", "id", contact)));
        assertEquals(200, message.status(), message.raw().body());

        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.webhooks().deliveries().size() == 3);
        assertEquals(List.of("contact.user.created", "conversation.user.created", "conversation.admin.single.created"),
                received.stream().map(n -> n.get("topic").asText()).toList());
        assertEquals(asked, received.get(1).at("/data/item/id").asText());
    }

    @Test
    void aLeadMadeForAnUnknownEmailIsAnnouncedToo() {
        String contact = sandbox.workspace().createContact(Map.of("email", "ada@example.com", "role", "user"))
                .get("id").asText();
        String conversation = client.post("/conversations", Map.of("from", Map.of("type", "user", "id", contact),
                "body", "Where is my order?")).body().get("conversation_id").asText();
        SandboxClient.Response attached = client.post("/conversations/" + conversation + "/customers", Map.of(
                "admin_id", sandbox.workspace().adminId(), "customer", Map.of("email", "grace@example.com")));
        assertEquals(200, attached.status(), attached.raw().body());

        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.webhooks().deliveries().size() == 3);
        assertEquals(List.of("contact.user.created", "conversation.user.created", "contact.lead.created"),
                received.stream().map(n -> n.get("topic").asText()).toList());
        assertEquals("grace@example.com", received.get(2).at("/data/item/email").asText());
    }

    @Test
    void contactAndCompanyItemsCarryTheirTimesAsIsoTextInIntercomsEnvelope() {
        String contact = sandbox.workspace().createContact(Map.of("email", "ada@example.com", "role", "user"))
                .get("id").asText();
        String company = sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "northwind", "name", "Northwind"))
                .get("id").asText();
        sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "northwind", "name", "Northwind Traders"));
        String conversation = client.post("/conversations", Map.of("from", Map.of("type", "user", "id", contact),
                "body", "Where is my order?")).body().get("conversation_id").asText();

        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox.webhooks().deliveries().size() == 3);
        assertEquals(List.of("contact.user.created " + contact, "company.created " + company,
                "conversation.user.created " + conversation),
                received.stream().map(n -> n.get("topic").asText() + " " + n.at("/data/item/id").asText()).toList(),
                "an update of the company sends nothing");
        long contactCreated = client.get("/contacts/" + contact).body().get("created_at").asLong();
        long companyCreated = client.get("/companies/" + company).body().get("created_at").asLong();
        List<Long> rest = List.of(contactCreated, companyCreated);
        for (int i = 0; i < 2; i++) {
            JsonNode item = received.get(i).at("/data/item");
            for (String time : List.of("created_at", "updated_at")) {
                String text = item.get(time).asText();
                assertTrue(text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00"), item.toString());
                assertEquals(rest.get(i), OffsetDateTime.parse(text).toEpochSecond(), "the REST API's second, as text");
            }
        }
        assertTrue(received.get(2).at("/data/item/created_at").isIntegralNumber(), "conversations carry Unix seconds");
        JsonNode envelope = received.get(0);
        assertEquals(List.of("type", "app_id", "data", "links", "id", "topic", "delivery_status", "delivery_attempts",
                "delivered_at", "first_sent_at", "created_at", "self"), fieldNames(envelope));
        assertTrue(envelope.get("self").isNull());
        assertTrue(envelope.get("first_sent_at").isIntegralNumber());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
