/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxRequests.Recorded;
import dev.camelintercom.sandbox.SandboxWebhooks;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as configured by its application.properties, on a sandbox instead of Intercom (the triage is
 * {@link TriageConversationsTest}'s): the CSV import, health, and the webhook route
 * (routes/receive-conversations.yaml, on Spring Boot's web server through camel-platform-http-starter), which receives
 * deliveries signed as Intercom signs them, POSTed over HTTP to the random port, and notes each conversation it
 * routes, so what it routed is what reached the sandbox. Deliveries are routed in order: once a later one's note has
 * arrived, an earlier one that was not noted never will be.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"triage.delay=100", "triage.start-from=beginning",
                              "camel.component.intercom.client-secret=" + IntercomSpringBootApplicationTest.SECRET})
@Import(ContextSandbox.class)
@DirtiesContext
class IntercomSpringBootApplicationTest {

    static final String SECRET = "test-client-secret";
    private static final String WEBHOOK_PATH = "/intercom/conversations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IntercomSandbox SANDBOX = ContextSandbox.start();
    private static final String TEAM_ID = SANDBOX.workspace().teams().get(0).get("id").asText();
    private static final Path LEADS = temporaryFolder();
    private static final String WEBHOOK_CONTACT_ID = SANDBOX.workspace().createContact(Map.of("role", "user",
            "email", "grace@example.org")).get("id").asText();

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        SANDBOX.applicationProperties().forEach((name, value) -> registry.add((String) name, () -> value));
        registry.add("intercom.admin-id", () -> SANDBOX.workspace().adminId());
        registry.add("intercom.triage-team-id", () -> TEAM_ID);
        registry.add("leads.dir", LEADS::toString);
    }

    @Test
    void csvImportCreatesOneContactPerRow() throws IOException {
        Files.writeString(LEADS.resolve("fair.csv"), """
                role,email,name
                lead,grace@example.com,Grace Hopper
                lead,alan@example.com,Alan Turing
                """);

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(LEADS.resolve(".done/fair.csv")));
        assertThat(requests("POST", "/contacts")).hasSize(2);
        assertThat(SANDBOX.workspace().contacts()).filteredOn(contact -> contact.get("role").asText().equals("lead"))
                .extracting(contact -> contact.get("email").asText() + " " + contact.get("name").asText())
                .containsExactlyInAnyOrder("grace@example.com Grace Hopper", "alan@example.com Alan Turing");
    }

    @Test
    void aCsvFileWithAMalformedRowMovesToFailedAndCreatesNothing() throws IOException {
        Files.writeString(LEADS.resolve("broken.csv"), "role,email,name\nlead,linus@example.com\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(LEADS.resolve(".failed/broken.csv")));
        assertThat(SANDBOX.workspace().contacts()).noneMatch(
                contact -> contact.get("email").asText().equals("linus@example.com"));
    }

    @Test
    void healthIsUpWithTheCamelChecks() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
            assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(health.getBody().at("/components/camelHealth/status").asText()).isEqualTo("UP");
        });
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

        deliverANewConversationAndAwaitItsNote();
        assertThat(notes(conversation)).isEmpty();
    }

    @Test
    void aReplayedOrRetriedDeliveryIsAnswered200AndRoutedOnce() {
        String conversation = newConversation();
        String id = "notif_" + UUID.randomUUID();

        assertThat(deliver(notification(id, conversation, 1), SECRET)).isEqualTo(200);
        assertThat(deliver(notification(id, conversation, 1), SECRET)).isEqualTo(200);
        assertThat(deliver(notification(id, conversation, 2), SECRET)).isEqualTo(200);

        deliverANewConversationAndAwaitItsNote();
        assertThat(notes(conversation)).hasSize(1);
    }

    @Test
    void aPingIsAnswered200AndNotRouted() {
        byte[] ping = json(Map.of("type", "notification_event", "id", "notif_ping", "topic", "ping", "app_id", "abc123",
                "data", Map.of("type", "notification_event_data", "item", Map.of("type", "ping", "message", "hi"))));

        long notesBefore = notesSoFar();

        assertThat(deliver(ping, SECRET)).isEqualTo(200);

        deliverANewConversationAndAwaitItsNote();
        assertThat(notesSoFar()).isEqualTo(notesBefore + 1);
    }

    @Test
    void docsSpringBootShowsTheRouteAndTheDependencyAsTheApplicationHasThem() throws IOException {
        String page = Files.readString(Path.of("../../docs/spring-boot.md"));
        Matcher route = Pattern.compile("```yaml\n(- route:\n    id: receive-conversations\n.*?)```", Pattern.DOTALL)
                .matcher(page);
        assertThat(route.find()).as("docs/spring-boot.md shows receive-conversations.yaml").isTrue();
        assertThat(Files.readString(Path.of("src/main/resources/routes/receive-conversations.yaml")))
                .contains(route.group(1));
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<artifactId>camel-platform-http-starter</artifactId>");
        assertThat(page).contains("<artifactId>camel-platform-http-starter</artifactId>",
                "camel.component.intercom.client-secret = ${INTERCOM_CLIENT_SECRET}");
    }

    private static String newConversation() {
        return SANDBOX.workspace().createConversation(WEBHOOK_CONTACT_ID, "Where is my order?").get("id").asText();
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
        return http.postForEntity(WEBHOOK_PATH, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }

    /** A genuine delivery after the others: once it is noted, the route has taken every delivery before it. */
    private void deliverANewConversationAndAwaitItsNote() {
        String later = newConversation();
        deliver(notification("notif_" + UUID.randomUUID(), later, 1), SECRET);
        awaitNoted(later);
    }

    private static void awaitNoted(String conversation) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !notes(conversation).isEmpty());
    }

    private static long notesSoFar() {
        return SANDBOX.requests().all().stream().filter(request -> request.path().endsWith("/reply")).count();
    }

    private static List<Recorded> notes(String conversation) {
        return requests("POST", "/conversations/" + conversation + "/reply");
    }

    private static List<Recorded> requests(String method, String path) {
        return SANDBOX.requests().all().stream()
                .filter(request -> request.method().equals(method) && request.path().equals(path)).toList();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("intercom-leads");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
