/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.quarkus;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxRequests.Recorded;
import dev.camelintercom.sandbox.quarkus.InjectSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application as configured by its application.properties, on a sandbox instead of Intercom. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class TriageConversationsTest {

    @InjectSandbox
    IntercomSandbox sandbox;

    @Test
    void theOpenConversationIsAssignedToTheTeam() {
        ObjectNode conversation = sandbox.workspace().conversations().get(0);
        String conversationId = conversation.get("id").asText();
        String teamId = sandbox.workspace().teams().get(0).get("id").asText();

        await().atMost(Duration.ofSeconds(20)).until(() -> teamId.equals(
                sandbox.workspace().conversation(conversationId).get("team_assignee_id").asText()));

        List<Recorded> assignments = sandbox.requests().all().stream()
                .filter(request -> request.method().equals("POST")
                                   && request.path().equals("/conversations/" + conversationId + "/parts"))
                .toList();
        assertEquals(1, assignments.size(), "one assignment reached the sandbox");
        assertTrue(assignments.get(0).body().contains(teamId), assignments.get(0).body());
        assertTrue(sandbox.requests().count("POST", "/conversations/search") >= 1, "the consumer searched");
    }
}
