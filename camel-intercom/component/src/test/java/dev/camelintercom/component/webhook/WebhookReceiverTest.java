/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.model.Company;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.component.model.Ticket;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.SandboxWebhooks;
import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed deliveries over HTTP to running routes: {@code webhook:intercom:...} on platform-http (acknowledged on
 * receipt, and after processing), and the handler behind a plain platform-http route.
 */
class WebhookReceiverTest extends SandboxTestSupport {

    static final String SECRET = "test-client-secret-7f3a";
    private static final String CONVERSATIONS = "/intercom/conversations";
    private static final String TICKETS = "/intercom/tickets";
    private static final String PLAIN = "/plain/intercom";

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
            public void configure() throws Exception {
                from("webhook:intercom:conversation?clientSecret=RAW(" + SECRET + ")&webhookComponentName=platform-http"
                     + "&webhookPath=" + CONVERSATIONS).to("mock:conversations");
                from("webhook:intercom:ticket?clientSecret=RAW(" + SECRET + ")&acknowledge=processed"
                     + "&topics=ticket.created,ticket.clo*&webhookComponentName=platform-http&webhookPath=" + TICKETS)
                        .process(exchange -> {
                            if (exchange.getMessage().getHeader(IntercomConstants.DELIVERY_ATTEMPTS, Integer.class) == 1) {
                                throw new IllegalStateException("the route fails the first attempt");
                            }
                        })
                        .to("mock:tickets");
                IntercomEndpoint intercom = getContext().getEndpoint(
                        "intercom:contact?clientSecret=RAW(" + SECRET + ")&maxBodySize=4096&topics=*", IntercomEndpoint.class);
                from("platform-http:" + PLAIN)
                        .process(intercom.createWebhookHandler(getContext().getEndpoint("mock:plain").createAsyncProducer()));
            }
        };
    }

    private static Map<String, Object> conversation(String id) {
        return Map.of("type", "conversation", "id", id, "created_at", 1_767_000_000L, "state", "open");
    }

    @Test
    void aGenuineNotificationArrivesOnceAsTheModelClassWithItsHeaders() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:conversations");
        mock.expectedMessageCount(1);
        byte[] body = Deliveries.notification("notif_genuine", "conversation.user.created", conversation("101"), 1);

        assertEquals(200, deliveries.signed(CONVERSATIONS, body, SECRET));

        mock.assertIsSatisfied();
        Exchange routed = mock.getExchanges().get(0);
        Conversation conversation = assertInstanceOf(Conversation.class, routed.getMessage().getBody());
        assertEquals("101", conversation.getId());
        assertEquals("open", conversation.getState());
        assertEquals("conversation.user.created", routed.getMessage().getHeader(IntercomConstants.WEBHOOK_TOPIC));
        assertEquals("notif_genuine", routed.getMessage().getHeader(IntercomConstants.NOTIFICATION_ID));
        assertEquals("abc123", routed.getMessage().getHeader(IntercomConstants.APP_ID));
        assertEquals(1, routed.getMessage().getHeader(IntercomConstants.DELIVERY_ATTEMPTS));
        assertEquals(1_766_999_990L, routed.getMessage().getHeader(IntercomConstants.FIRST_SENT_AT));
        assertEquals("101", routed.getMessage().getHeader(IntercomConstants.RESOURCE_ID));
        assertEquals("conversation", routed.getMessage().getHeader(IntercomConstants.RESOURCE_TYPE));
    }

    @Test
    void forgedUnsignedAndOtherSecretDeliveriesAre401AndNotRouted() throws Exception {
        byte[] body = Deliveries.notification("conversation.user.created", conversation("102"));
        String signature = SandboxWebhooks.signature(body, SECRET);
        byte[] forged = new String(body, StandardCharsets.UTF_8).replace("\"102\"", "\"666\"").getBytes(StandardCharsets.UTF_8);
        int logged = IntercomTestLog.lines().size();

        assertEquals(401, deliveries.post(CONVERSATIONS, forged, signature), "body changed after signing");
        assertEquals(401, deliveries.post(CONVERSATIONS, body, null), "no signature");
        assertEquals(401, deliveries.signed(CONVERSATIONS, body, "another-apps-secret"), "signed with another secret");
        assertEquals(401, deliveries.post(CONVERSATIONS, body, "sha1=not-hex"), "not hex");
        assertEquals(401, deliveries.post(CONVERSATIONS, body, signature.replace("sha1=", "sha256=")), "another scheme");
        assertEquals(401, deliveries.post(CONVERSATIONS, body, signature.substring(0, 20)), "truncated");

        getMockEndpoint("mock:conversations").expectedMessageCount(0);
        assertEquals(200, deliveries.signed(CONVERSATIONS, Deliveries.notification("ping", Map.of()), SECRET));
        getMockEndpoint("mock:conversations").assertIsSatisfied();
        List<String> lines = IntercomTestLog.lines();
        List<String> refusals = lines.subList(logged, lines.size()).stream().filter(line -> line.contains("refused with 401")).toList();
        assertEquals(6, refusals.size(), refusals.toString());
        assertTrue(refusals.stream().noneMatch(line -> line.contains(SECRET) || line.contains("notification_event")),
                "a refusal logged the secret or the body: " + refusals);
    }

    @Test
    void malformedAndOversizeDeliveriesAreRefusedWithTheirStatus() throws Exception {
        assertEquals(400, deliveries.signed(CONVERSATIONS, Deliveries.bytes("{not json"), SECRET));
        assertEquals(400, deliveries.signed(CONVERSATIONS, Deliveries.bytes("[1,2]"), SECRET));
        assertEquals(400, deliveries.signed(CONVERSATIONS, Deliveries.bytes("{\"type\":\"conversation\",\"id\":\"1\"}"), SECRET));
        assertEquals(400, deliveries.signed(CONVERSATIONS,
                Deliveries.bytes("{\"type\":\"notification_event\",\"id\":\"notif_x\",\"topic\":\"conversation.user.created\"}"),
                SECRET), "no data.item");
        byte[] large = Deliveries.notification("contact.user.created",
                Map.of("type", "contact", "id", "c1", "name", "x".repeat(5000)));
        assertEquals(413, deliveries.signed(PLAIN, large, SECRET));
        assertEquals(413, deliveries.post(PLAIN, large, null), "the size is checked before the signature");

        getMockEndpoint("mock:conversations").expectedMessageCount(0);
        getMockEndpoint("mock:plain").expectedMessageCount(0);
        MockEndpoint.assertIsSatisfied(context);
    }

    @Test
    void aReplayedNotificationIsAnswered200AndRoutedOnce() throws Exception {
        byte[] body = Deliveries.notification("notif_replayed", "conversation.admin.replied", conversation("103"), 1);
        byte[] retry = Deliveries.notification("notif_replayed", "conversation.admin.replied", conversation("103"), 2);

        assertEquals(200, deliveries.signed(CONVERSATIONS, body, SECRET));
        assertEquals(200, deliveries.signed(CONVERSATIONS, body, SECRET));
        assertEquals(200, deliveries.signed(CONVERSATIONS, retry, SECRET));

        MockEndpoint mock = getMockEndpoint("mock:conversations");
        mock.expectedMessageCount(1);
        mock.assertIsSatisfied();
        // a later notification is sent after the replays: once it arrives, the replays would have too
        assertEquals(200, deliveries.signed(CONVERSATIONS,
                Deliveries.notification("notif_later", "conversation.admin.closed", conversation("103"), 1), SECRET));
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 2);
        assertEquals(List.of("notif_replayed", "notif_later"), mock.getExchanges().stream()
                .map(e -> e.getMessage().getHeader(IntercomConstants.NOTIFICATION_ID, String.class)).toList());
    }

    @Test
    void concurrentGenuineDeliveriesAndReplaysAreEachRoutedExactlyOnce() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bodies.add(Deliveries.notification("notif_burst_" + i, "conversation.user.replied", conversation("2" + i), 1));
        }
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (byte[] body : bodies) {
                answers.add(senders.submit(() -> deliveries.signed(CONVERSATIONS, body, SECRET)));
            }
        }
        for (Future<Integer> answer : answers) {
            assertEquals(200, answer.get(30, TimeUnit.SECONDS));
        }
        senders.shutdown();

        MockEndpoint mock = getMockEndpoint("mock:conversations");
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= 40);
        assertEquals(200, deliveries.signed(CONVERSATIONS,
                Deliveries.notification("notif_after_burst", "conversation.read", conversation("3"), 1), SECRET));
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 41);
        Set<String> ids = new HashSet<>();
        mock.getExchanges().forEach(e -> ids.add(e.getMessage().getHeader(IntercomConstants.NOTIFICATION_ID, String.class)));
        assertEquals(41, ids.size());
    }

    @Test
    void pingAndTopicsNotRoutedAreAnswered200WithoutRouting() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:conversations");
        assertEquals(200, deliveries.signed(CONVERSATIONS, Deliveries.notification("ping", Map.of("type", "ping")), SECRET));
        assertEquals(200, deliveries.signed(CONVERSATIONS, Deliveries.notification("contact.user.created",
                Map.of("type", "contact", "id", "c2")), SECRET));
        assertEquals(200, deliveries.signed(CONVERSATIONS, Deliveries.notification("notif_deleted", "conversation.deleted",
                Map.of("type", "conversation", "id", "104"), 1), SECRET));

        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        Exchange deleted = mock.getExchanges().get(0);
        assertEquals("notif_deleted", deleted.getMessage().getHeader(IntercomConstants.NOTIFICATION_ID));
        IntercomObject identifiers = deleted.getMessage().getBody(IntercomObject.class);
        assertEquals(IntercomObject.class, identifiers.getClass(), "a deletion carries identifiers, not a conversation");
        assertEquals("104", identifiers.getId());
    }

    @Test
    void acknowledgedAfterProcessingAFailureAnswers500AndIntercomsRetryIsRoutedOnce() throws Exception {
        Map<String, Object> ticket = Map.of("type", "ticket", "id", "401", "ticket_id", "7");
        MockEndpoint mock = getMockEndpoint("mock:tickets");

        assertEquals(500, deliveries.signed(TICKETS, Deliveries.notification("notif_t", "ticket.created", ticket, 1), SECRET));
        assertEquals(0, mock.getReceivedCounter());
        assertEquals(200, deliveries.signed(TICKETS, Deliveries.notification("notif_t", "ticket.created", ticket, 2), SECRET));
        assertEquals(1, mock.getReceivedCounter(), "answered only after the route processed it");
        assertEquals(200, deliveries.signed(TICKETS, Deliveries.notification("notif_t", "ticket.created", ticket, 2), SECRET));
        assertEquals(1, mock.getReceivedCounter());

        Map<String, Object> closed = Map.of("type", "ticket_closed", "ticket", ticket);
        assertEquals(200, deliveries.signed(TICKETS, Deliveries.notification("notif_c", "ticket.closed", closed, 2), SECRET));
        Ticket unwrapped = assertInstanceOf(Ticket.class, mock.getExchanges().get(1).getMessage().getBody());
        assertEquals("401", unwrapped.getId());
        assertEquals(200, deliveries.signed(TICKETS, Deliveries.notification("ticket.state.updated", ticket), SECRET));
        assertEquals(2, mock.getReceivedCounter(), "ticket.state.updated is not one of the topics");
    }

    @Test
    void theHandlerWorksBehindAPlainHttpConsumer() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:plain");
        mock.expectedMessageCount(1);
        assertEquals(200, deliveries.signed(PLAIN, Deliveries.notification("contact.lead.created",
                Map.of("type", "contact", "id", "c3", "role", "lead")), SECRET));
        mock.assertIsSatisfied();
        assertEquals("contact.lead.created", mock.getExchanges().get(0).getMessage().getHeader(IntercomConstants.WEBHOOK_TOPIC));
        assertEquals(401, deliveries.post(PLAIN, Deliveries.notification("contact.lead.created", Map.of()), null));
    }

    @Test
    void theSandboxsContactAndCompanyNotificationsArriveAsTheRestApisObjects() throws Exception {
        sandbox.webhooks().sendTo("http://127.0.0.1:" + port + PLAIN, SECRET);
        String contact = sandbox.workspace().createContact(Map.of("email", "iso@example.com", "role", "user")).get("id").asText();
        String company = sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "iso-co", "name", "Iso"))
                .get("id").asText();

        MockEndpoint mock = getMockEndpoint("mock:plain");
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 2);
        Contact notified = assertInstanceOf(Contact.class, mock.getExchanges().get(0).getMessage().getBody());
        Company notifiedCompany = assertInstanceOf(Company.class, mock.getExchanges().get(1).getMessage().getBody());
        assertEquals(contact, notified.getId());
        assertEquals(company, notifiedCompany.getId());
        assertEquals(template.requestBodyAndHeader("intercom:contact?operation=get", null, IntercomConstants.CONTACT_ID,
                contact, Contact.class).getCreatedAt(), notified.getCreatedAt());
        assertEquals(Instant.ofEpochSecond(sandbox.workspace().company(company).get("created_at").asLong()),
                notifiedCompany.getCreatedAt());
        assertEquals(List.of(200, 200), sandbox.webhooks().deliveries().stream().map(SandboxWebhooks.Delivery::status).toList());
    }

    @Test
    void registeringSaysOnceThatItIsDoneInTheDeveloperHub() {
        List<String> said = IntercomTestLog.lines().stream()
                .filter(line -> line.contains("cannot be registered by API") && line.contains("intercom:conversation")).toList();
        assertFalse(said.isEmpty());
        assertTrue(said.get(0).contains(CONVERSATIONS), said.get(0));
    }

    @Test
    void theSignatureIsHmacSha1OfTheRawBody() throws Exception {
        // the published HMAC-SHA1 example value of key "key" over this sentence
        assertEquals("sha1=de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9",
                SandboxWebhooks.signature(Deliveries.bytes("The quick brown fox jumps over the lazy dog"), "key"));
        new WebhookSignature("key").verify("sha1=DE7C9B85B8B78AA6BC8A7A36F70A90701C9DB4D9",
                Deliveries.bytes("The quick brown fox jumps over the lazy dog"));
    }
}
