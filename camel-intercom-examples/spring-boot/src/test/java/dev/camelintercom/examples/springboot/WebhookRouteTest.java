package dev.camelintercom.examples.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxRequests.Recorded;
import dev.camelintercom.sandbox.SandboxWebhooks;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * routes/receive-conversations.yaml on Spring Boot's web server (camel-platform-http-starter), on a random port:
 * deliveries signed as Intercom signs them, POSTed over HTTP, answered as Intercom would see it. The route notes each
 * conversation it receives, so what it routed is what reached the sandbox. Deliveries are routed in order, so once a
 * later one's note has arrived, an earlier one that was not noted never will be.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"camel.component.intercom.client-secret=" + WebhookRouteTest.SECRET,
                              "intercom.triage-team-id=1", "triage.delay=3600000"})
@DirtiesContext
class WebhookRouteTest {

    static final String SECRET = "webhook-route-test-secret";
    private static final String PATH = "/intercom/conversations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IntercomSandbox SANDBOX = IntercomSandbox.start();
    private static final String CONTACT_ID = SANDBOX.workspace().createContact(Map.of("role", "user",
            "email", "ada@example.com")).get("id").asText();

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        SANDBOX.applicationProperties().forEach((name, value) -> registry.add((String) name, () -> value));
        registry.add("intercom.admin-id", () -> SANDBOX.workspace().adminId());
    }

    /** Closed with the application context, after Camel has stopped its routes. */
    @TestConfiguration
    static class Sandbox {
        @Bean
        IntercomSandbox intercomSandbox() {
            return SANDBOX;
        }
    }

    @Test
    void aGenuineDeliveryIsAnswered200AndRoutedOnce() {
        String conversation = newConversation();

        assertThat(deliver(notification("notif_" + UUID.randomUUID(), conversation, 1), SECRET)).isEqualTo(200);

        awaitNoted(conversation);
        assertThat(notes(conversation)).singleElement().satisfies(note -> assertThat(note.body())
                .contains("\"message_type\":\"note\"", "Received by webhook", SANDBOX.workspace().adminId()));
    }

    @Test
    void unsignedForgedOrOtherwiseSignedDeliveriesAre401AndNotRouted() {
        String conversation = newConversation();
        byte[] body = notification("notif_" + UUID.randomUUID(), conversation, 1);

        assertThat(post(body, null)).isEqualTo(401);
        assertThat(post(body, "sha1=" + "0".repeat(40))).isEqualTo(401);
        assertThat(deliver(body, "the-secret-of-another-app")).isEqualTo(401);
        assertThat(deliver("{\"type\":\"notification_event\"".getBytes(), SECRET)).isEqualTo(400);

        String later = newConversation();
        deliver(notification("notif_" + UUID.randomUUID(), later, 1), SECRET);
        awaitNoted(later);
        assertThat(notes(conversation)).isEmpty();
    }

    @Test
    void aReplayedOrRetriedDeliveryIsAnswered200AndRoutedOnce() {
        String conversation = newConversation();
        String id = "notif_" + UUID.randomUUID();

        assertThat(deliver(notification(id, conversation, 1), SECRET)).isEqualTo(200);
        assertThat(deliver(notification(id, conversation, 1), SECRET)).isEqualTo(200);
        assertThat(deliver(notification(id, conversation, 2), SECRET)).isEqualTo(200);

        String later = newConversation();
        deliver(notification("notif_" + UUID.randomUUID(), later, 1), SECRET);
        awaitNoted(later);
        assertThat(notes(conversation)).hasSize(1);
    }

    @Test
    void aPingIsAnswered200AndNotRouted() {
        byte[] ping = json(Map.of("type", "notification_event", "id", "notif_ping", "topic", "ping", "app_id", "abc123",
                "data", Map.of("type", "notification_event_data", "item", Map.of("type", "ping", "message", "hi"))));

        long notesBefore = requests().stream().filter(request -> request.path().endsWith("/reply")).count();

        assertThat(deliver(ping, SECRET)).isEqualTo(200);

        String later = newConversation();
        deliver(notification("notif_" + UUID.randomUUID(), later, 1), SECRET);
        awaitNoted(later);
        assertThat(requests().stream().filter(request -> request.path().endsWith("/reply")).count())
                .isEqualTo(notesBefore + 1);
    }

    private static String newConversation() {
        return SANDBOX.workspace().createConversation(CONTACT_ID, "Where is my order?").get("id").asText();
    }

    /** A conversation.user.created notification as Intercom sends it, the workspace's conversation as its item. */
    private static byte[] notification(String id, String conversation, int attempts) {
        return json(Map.of("type", "notification_event", "id", id, "topic", "conversation.user.created",
                "app_id", "abc123", "created_at", 1_767_000_000L, "delivery_attempts", attempts,
                "first_sent_at", 1_766_999_990L, "data", Map.of("type", "notification_event_data",
                        "item", SANDBOX.workspace().conversation(conversation))));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs the body signed with the secret; answers the status. */
    private int deliver(byte[] body, String secret) {
        return post(body, SandboxWebhooks.signature(body, secret));
    }

    private int post(byte[] body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Hub-Signature", signature);
        }
        return http.postForEntity(PATH, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }

    private static void awaitNoted(String conversation) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !notes(conversation).isEmpty());
    }

    private static List<Recorded> notes(String conversation) {
        return requests().stream().filter(request -> request.method().equals("POST")
                && request.path().equals("/conversations/" + conversation + "/reply")).toList();
    }

    private static List<Recorded> requests() {
        return SANDBOX.requests().all();
    }
}
