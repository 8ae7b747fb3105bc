/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.model.Admin;
import dev.camelintercom.component.model.Company;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.ConversationPart;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.component.model.Ticket;
import dev.camelintercom.component.model.TimestampedObject;
import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus of {@code src/test/resources/webhooks}: one delivery per topic of Intercom's webhook list, in the shapes
 * Intercom sends (ISO 8601 timestamps in contact and company items, the envelope with and without {@code links},
 * {@code self}, {@code delivery_status}, a retry), and Intercom's ping with a null id. Each is POSTed signed over HTTP
 * to the endpoint of its resource, twice: every one is answered 200, the ping is never routed, every other is routed
 * exactly once with the model class of its item.
 */
class WebhookCorpusTest extends IntercomTestSupport {

    private static final String SECRET = WebhookReceiverTest.SECRET;
    private static final Path CORPUS = Path.of("src/test/resources/webhooks");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Path and topics of each endpoint, by the first word of the topics it takes. */
    private static final Map<String, String> ENDPOINTS = Map.of(
            "conversation", "conversation?topics=conversation.*,conversation_part.*",
            "contact", "contact?topics=contact.*,visitor.*,granular.*",
            "company", "company",
            "ticket", "ticket",
            "workspace", "admin?topics=admin.*,event.*,content_stat.*,job.*");
    /** The model class of an item, by its type, where the component has one. */
    private static final Map<String, Class<?>> MODEL = Map.of("conversation", Conversation.class, "contact", Contact.class,
            "company", Company.class, "ticket", Ticket.class, "admin", Admin.class, "ticket_part", ConversationPart.class);

    private final int port = AvailablePortFinder.getNextAvailable();
    private final Deliveries deliveries = new Deliveries(port);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Deliveries.serve(context, port);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                ENDPOINTS.forEach((name, uri) -> from("webhook:intercom:" + uri + (uri.contains("?") ? "&" : "?")
                                                      + "clientSecret=RAW(" + SECRET + ")&webhookComponentName=platform-http"
                                                      + "&webhookPath=/intercom/" + name)
                        .to("mock:routed"));
            }
        };
    }

    private static String endpointOf(String topic) {
        String word = topic.substring(0, topic.indexOf('.')).replace("conversation_part", "conversation")
                .replace("visitor", "contact").replace("granular", "contact");
        return ENDPOINTS.containsKey(word) ? word : "workspace";
    }

    @Test
    void everyTopicIsAnsweredAndRoutedOnceAsItsModelClass() throws Exception {
        Map<String, JsonNode> sent = new LinkedHashMap<>();
        for (Path file : corpus()) {
            byte[] body = Files.readAllBytes(file);
            JsonNode notification = JSON.readTree(body);
            String topic = notification.get("topic").asText();
            for (String endpoint : topic.equals("ping") ? ENDPOINTS.keySet() : List.of(endpointOf(topic))) {
                assertEquals(200, deliveries.signed("/intercom/" + endpoint, body, SECRET), file + " to " + endpoint);
                assertEquals(200, deliveries.signed("/intercom/" + endpoint, body, SECRET), file + " again, to " + endpoint);
            }
            if (!topic.equals("ping")) {
                sent.put(notification.get("id").asText(), notification);
            }
        }
        assertTrue(sent.size() >= 65, "topics in the corpus: " + sent.size());

        MockEndpoint routed = getMockEndpoint("mock:routed");
        await().atMost(20, TimeUnit.SECONDS).until(() -> routed.getReceivedCounter() >= sent.size());
        assertEquals(sent.size(), routed.getReceivedCounter(), "each once, the ping never");
        List<String> topics = new ArrayList<>();
        for (Exchange exchange : routed.getExchanges()) {
            JsonNode notification = sent.remove(exchange.getMessage().getHeader(IntercomConstants.NOTIFICATION_ID, String.class));
            assertNotNull(notification, "routed twice, or not sent: " + exchange.getMessage().getHeaders());
            String topic = notification.get("topic").asText();
            topics.add(topic);
            assertEquals(topic, exchange.getMessage().getHeader(IntercomConstants.WEBHOOK_TOPIC));
            assertEquals(notification.get("delivery_attempts").asInt(),
                    exchange.getMessage().getHeader(IntercomConstants.DELIVERY_ATTEMPTS));
            assertItem(topic, notification.at("/data/item"), exchange.getMessage().getBody());
        }
        assertTrue(topics.containsAll(List.of("contact.user.created", "company.created", "conversation.user.created",
                "ticket.created", "ticket.note.created")), topics.toString());
    }

    /** The body is the model class of the item (the identifiers of a deletion stay identifiers), with its timestamps. */
    private static void assertItem(String topic, JsonNode sentItem, Object body) {
        JsonNode item = topic.equals("ticket.closed") ? sentItem.get("ticket") : sentItem;
        String type = item.get("type").asText();
        Class<?> expected = topic.endsWith(".deleted") ? IntercomObject.class : MODEL.getOrDefault(type, IntercomObject.class);
        IntercomObject object = assertInstanceOf(IntercomObject.class, body, topic);
        assertEquals(expected, object.getClass(), topic);
        assertEquals(type, object.getType(), topic);
        assertEquals(item.path("id").asText(null), object.getId(), topic);
        if (object instanceof TimestampedObject timestamped) {
            JsonNode created = item.get("created_at");
            Instant expectedCreated = created.isNumber() ? Instant.ofEpochSecond(created.asLong()) : Instant.parse(created.asText());
            assertEquals(expectedCreated, timestamped.getCreatedAt(), topic);
        }
        if (object instanceof ConversationPart part) {
            assertInstanceOf(Map.class, part.getAdditionalField("ticket"), topic + ": the ticket of the part");
        }
    }

    @Test
    void aTopicNotRoutedIsAnsweredWithoutReadingItsItem() {
        byte[] unreadable = Deliveries.notification("contact.user.created",
                Map.of("type", "contact", "id", "c9", "created_at", "not a time"));

        assertEquals(200, deliveries.signed("/intercom/ticket", unreadable, SECRET), "not a topic of the ticket endpoint");
        assertEquals(400, deliveries.signed("/intercom/contact", unreadable, SECRET), "a topic of the contact endpoint");
        assertEquals(0, getMockEndpoint("mock:routed").getReceivedCounter());
    }

    @Test
    void aNotificationWithoutAnIdIsRoutedButCannotBeDeduplicated() throws Exception {
        ObjectNode envelope = (ObjectNode) JSON.readTree(Files.readAllBytes(CORPUS.resolve("ticket.created.json")));
        byte[] body = JSON.writeValueAsBytes(envelope.putNull("id"));
        assertEquals(200, deliveries.signed("/intercom/ticket", body, SECRET));
        assertEquals(200, deliveries.signed("/intercom/ticket", body, SECRET));

        MockEndpoint routed = getMockEndpoint("mock:routed");
        await().atMost(10, TimeUnit.SECONDS).until(() -> routed.getReceivedCounter() == 2);
        assertInstanceOf(Ticket.class, routed.getExchanges().get(1).getMessage().getBody());
    }

    private static List<Path> corpus() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
