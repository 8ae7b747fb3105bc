package dev.camelintercom.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxRequests.Recorded;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The application as configured by its application.properties, on a sandbox instead of Intercom. */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"triage.delay=100", "triage.start-from=beginning",
                              "camel.component.intercom.client-secret=test-client-secret"})
@DirtiesContext
class IntercomSpringBootApplicationTest {

    private static final IntercomSandbox SANDBOX = IntercomSandbox.start();
    private static final String TEAM_ID = SANDBOX.workspace().teams().get(0).get("id").asText();
    private static final String CONVERSATION_ID = seedOpenConversation();
    private static final Path LEADS = temporaryFolder();

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        SANDBOX.applicationProperties().forEach((name, value) -> registry.add((String) name, () -> value));
        registry.add("intercom.admin-id", () -> SANDBOX.workspace().adminId());
        registry.add("intercom.triage-team-id", () -> TEAM_ID);
        registry.add("leads.dir", LEADS::toString);
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
    void triageAssignsTheOpenConversationToTheTeam() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                SANDBOX.workspace().conversation(CONVERSATION_ID).get("team_assignee_id").asText()).isEqualTo(TEAM_ID));

        List<Recorded> assignments = requests("POST", "/conversations/" + CONVERSATION_ID + "/parts");
        assertThat(assignments).hasSize(1);
        assertThat(assignments.get(0).body()).contains("\"assignee_id\"", TEAM_ID,
                "\"admin_id\"", SANDBOX.workspace().adminId());
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

    private static List<Recorded> requests(String method, String path) {
        return SANDBOX.requests().all().stream()
                .filter(request -> request.method().equals(method) && request.path().equals(path)).toList();
    }

    private static String seedOpenConversation() {
        String contactId = SANDBOX.workspace().createContact(Map.of("role", "user", "email", "ada@example.com"))
                .get("id").asText();
        return SANDBOX.workspace().createConversation(contactId, "My order did not arrive.").get("id").asText();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("intercom-leads");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
