/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.Workspace;
import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The consumer route {@code routes/triage-conversations.yaml}, in the example application started as a user would
 * (Camel Main with this module's application.properties, close-stale.yaml beside it), against the embedded Intercom
 * sandbox: every new open conversation is assigned to the triage team, once, also after a restart; closed
 * conversations and those from before the start are left alone.
 */
@Timeout(120)
class TriageConversationsTest {

    /** How long a write takes to reach the sandbox's search: until the test moves the clock, search sees nothing new. */
    private static final long INDEX_DELAY = 5;

    @TempDir
    Path files;

    private IntercomSandbox sandbox;
    private Workspace workspace;
    private String contactId;
    private String teamId;
    private Main main;

    @BeforeEach
    void startSandbox() {
        sandbox = IntercomSandbox.start(SandboxOptions.defaults()
                .clock(SandboxClock.manual(Instant.now().getEpochSecond()))
                .conversationIndexDelaySeconds(INDEX_DELAY));
        workspace = sandbox.workspace();
        contactId = workspace.createContact(Map.of("email", "ada@example.com")).get("id").asText();
        teamId = workspace.teams().get(0).get("id").asText();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        sandbox.close();
    }

    @Test
    void newOpenConversationsAreAssignedToTheTeamOnceAlsoAfterARestart() {
        String earlier = workspace.createConversation(Map.of("from", Map.of("type", "contact", "id", contactId),
                "body", "Asked an hour before the start", "created_at", sandbox.clock().now() - 3600)).get("id").asText();
        startApplication();
        // the consumer starts at the second the application started, on the system clock, and the sandbox's clock stood
        // still meanwhile: without this, a start that crosses a second boundary leaves the new conversations before it
        sandbox.clock().set(Math.max(sandbox.clock().now(), Instant.now().getEpochSecond()));

        String order = conversation("Where is my order?");
        String refund = conversation("I want a refund");
        String solved = conversation("Never mind, solved it");
        workspace.closeConversation(solved);
        sandbox.clock().advance(INDEX_DELAY);

        await().atMost(Duration.ofSeconds(30)).until(() -> teamOf(order) && teamOf(refund));
        pollsSeen(2);
        assertEquals(Map.of(earlier, 0L, order, 1L, refund, 1L, solved, 0L), assignmentsOf(earlier, order, refund, solved));
        assertEquals(Map.of(earlier, 0L, order, 1L, refund, 1L, solved, 0L), logLinesOf(earlier, order, refund, solved));

        // the same application again, on the same state file: nothing is assigned twice
        main.stop();
        startApplication();
        pollsSeen(2);
        assertEquals(Map.of(earlier, 0L, order, 1L, refund, 1L, solved, 0L), assignmentsOf(earlier, order, refund, solved));
    }

    private void startApplication() {
        main = new Main();
        main.addOverrideProperty("camel.component.intercom.base-uri", sandbox.baseUri());
        main.addOverrideProperty("intercom.access-token", sandbox.accessToken());
        main.addOverrideProperty("intercom.admin-id", workspace.adminId());
        main.addOverrideProperty("intercom.triage-team-id", teamId);
        main.addOverrideProperty("intercom.state-file", files.resolve("intercom-state.dat").toString());
        main.addOverrideProperty("triage.delay", "200");
        main.start();
    }

    private String conversation(String body) {
        return workspace.createConversation(contactId, body).get("id").asText();
    }

    private boolean teamOf(String conversationId) {
        return workspace.conversation(conversationId).path("team_assignee_id").asText().equals(teamId);
    }

    /** Waits until the consumer has polled this many more times. */
    private void pollsSeen(int polls) {
        long before = consumerSearches();
        await().atMost(Duration.ofSeconds(30)).until(() -> consumerSearches() >= before + polls);
    }

    /** The consumer's searches: by creation time, where close-stale.yaml searches by update time. */
    private long consumerSearches() {
        return sandbox.requests().all().stream()
                .filter(r -> r.path().equals("/conversations/search") && r.body().contains("\"created_at\"")).count();
    }

    /** How many assignment parts each conversation has. */
    private Map<String, Long> assignmentsOf(String... conversationIds) {
        return count(conversationIds, id -> {
            JsonNode parts = workspace.conversation(id).at("/conversation_parts/conversation_parts");
            return StreamSupport.stream(parts.spliterator(), false)
                    .filter(part -> "assignment".equals(part.path("part_type").asText())).count();
        });
    }

    /** How many times the route logged each conversation. */
    private Map<String, Long> logLinesOf(String... conversationIds) {
        List<String> lines = IntercomTestLog.lines();
        return count(conversationIds, id -> lines.stream().filter(l -> l.contains("New open conversation " + id + ",")).count());
    }

    private static Map<String, Long> count(String[] ids, ToLongFunction<String> counter) {
        Map<String, Long> counts = new HashMap<>();
        for (String id : ids) {
            counts.put(id, counter.applyAsLong(id));
        }
        return counts;
    }
}
