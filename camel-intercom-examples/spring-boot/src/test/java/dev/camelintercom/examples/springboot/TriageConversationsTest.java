/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.time.Duration;
import java.util.Map;

import dev.camelintercom.sandbox.IntercomSandbox;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** routes/triage-conversations.yaml on a sandbox seeded with one open conversation. */
@CamelSpringBootTest
// the client secret is for the example's webhook route, receive-conversations.yaml, which does not start without one
@SpringBootTest(properties = {"triage.delay=100", "triage.start-from=beginning",
                              "camel.component.intercom.client-secret=test-client-secret"})
@DirtiesContext
class TriageConversationsTest {

    private static final IntercomSandbox SANDBOX = IntercomSandbox.start();
    private static final String TEAM_ID = SANDBOX.workspace().teams().get(0).get("id").asText();
    private static final String CONTACT_ID = SANDBOX.workspace()
            .createContact(Map.of("role", "user", "email", "ada@example.com")).get("id").asText();
    private static final String CONVERSATION_ID = SANDBOX.workspace()
            .createConversation(CONTACT_ID, "My order did not arrive.").get("id").asText();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        // camel.component.intercom.base-uri and .access-token
        SANDBOX.applicationProperties().forEach((name, value) -> registry.add((String) name, () -> value));
        registry.add("intercom.admin-id", () -> SANDBOX.workspace().adminId());
        registry.add("intercom.triage-team-id", () -> TEAM_ID);
    }

    /** Closed with the application context, after Camel has stopped the routes. */
    @TestConfiguration
    static class Sandbox {
        @Bean
        IntercomSandbox intercomSandbox() {
            return SANDBOX;
        }
    }

    @Test
    void theOpenConversationIsAssignedToTheTeam() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                SANDBOX.workspace().conversation(CONVERSATION_ID).get("team_assignee_id").asText()).isEqualTo(TEAM_ID));

        assertThat(SANDBOX.requests().count("POST", "/conversations/" + CONVERSATION_ID + "/parts")).isEqualTo(1);
    }
}
