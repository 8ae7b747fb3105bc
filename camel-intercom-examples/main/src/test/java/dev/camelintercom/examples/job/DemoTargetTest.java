/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelintercom.sandbox.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the demo has caught up: every arrival assigned to a team, or closed before its turn; not before. */
class DemoTargetTest {

    @TempDir
    Path output;

    @Test
    void caughtUpOnlyWhenEveryArrivalHasATeamOrIsClosed() {
        JobSettings settings = JobSettings.parse(List.of(), Map.of(),
                Map.of("job.output-dir", output.toString(), "job.arrivals", "3", "job.arrivals-every", "10ms"));
        try (DemoTarget target = new DemoTarget(settings)) {
            assertFalse(target.caughtUp(), "before the arrivals start");
            target.routesStarted();
            await().atMost(Duration.ofSeconds(10)).until(() -> target.arrivedIds().size() == 3);
            List<String> arrived = target.arrivedIds();
            Workspace workspace = target.sandbox().workspace();

            assertFalse(target.caughtUp(), "three open conversations nobody assigned");
            assign(target, arrived.get(0));
            workspace.closeConversation(arrived.get(1));
            assertFalse(target.caughtUp(), "one left unassigned");
            assign(target, arrived.get(2));
            assertTrue(target.caughtUp());
        }
    }

    private static void assign(DemoTarget target, String conversationId) {
        Workspace workspace = target.sandbox().workspace();
        workspace.manageConversation(conversationId, Map.of("message_type", "assignment", "type", "team",
                "assignee_id", target.seeded().teamId("Billing"), "admin_id", workspace.adminId()));
    }
}
