/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live mode, with a sandbox standing in for the user's workspace (reached as a user would point the component
 * elsewhere, with {@code -Dcamel.component.intercom.base-uri}): the same routes, the user's CSV file, no seeding, the
 * settings from the environment's names as system properties.
 */
@Timeout(90)
class LiveModeTest {

    private static final List<String> SYSTEM_PROPERTIES = List.of("camel.component.intercom.base-uri",
            "intercom.access-token", "intercom.admin-id", "intercom.triage-team-id", "job.start-from");

    @TempDir
    Path dir;

    @AfterEach
    void clearSystemProperties() {
        SYSTEM_PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void runsTheSameRoutesOnTheUsersWorkspaceWithoutSeedingIt() throws IOException {
        try (IntercomSandbox workspaceOfTheUser = IntercomSandbox.start()) {
            Workspace workspace = workspaceOfTheUser.workspace();
            String teamId = workspace.teams().get(0).get("id").asText();
            String contactId = workspace.createContact(Map.of("email", "ada@example.com")).get("id").asText();
            String refund = workspace.createConversation(contactId, "Can I get a refund?").get("id").asText();
            String thanks = workspace.createConversation(contactId, "Thanks, all good").get("id").asText();
            Path csv = Files.writeString(dir.resolve("leads.csv"), ContactRow.HEADER + "\n"
                    + "ext-1,grace@example.com,Grace Hopper,lead,acme,Acme\n"
                    + "ext-2,alan@example.com,Alan Turing,visitor,acme,Acme\n");
            System.setProperty("camel.component.intercom.base-uri", workspaceOfTheUser.baseUri());
            System.setProperty("intercom.access-token", workspaceOfTheUser.accessToken());
            System.setProperty("intercom.admin-id", workspace.adminId());
            System.setProperty("intercom.triage-team-id", teamId);
            System.setProperty("job.start-from", String.valueOf(workspaceOfTheUser.clock().now() - 60));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exit = SupportJob.run(List.of("--live", "--csv", csv.toString()), Map.of(),
                    Map.of("intercom.access-token", workspaceOfTheUser.accessToken(), "intercom.admin-id", workspace.adminId(),
                            "intercom.triage-team-id", teamId, "job.output-dir", dir.resolve("out").toString(),
                            "job.live-duration", "2s", "job.poll-delay", "200ms", "close-stale.period", "500ms"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit, printed + err);
            assertTrue(printed.startsWith("Support-operations job on your Intercom workspace (region us), triage for 2 s\n"), printed);
            assertTrue(printed.contains("  CSV rows imported     1 of 2\n"), printed);
            assertTrue(printed.contains("  new conversations     2 triaged: 2 tagged, 2 assigned, 2 replied to, 1 closed by the rules\n"), printed);
            assertTrue(printed.contains("  stale conversations   0 closed\n"), printed);
            assertTrue(printed.contains("(sent by the routes; the consumer's polls are not counted)"), printed);

            // no demo data: the user's contact, and the one row of the file that was good
            assertEquals(List.of("ada@example.com", "grace@example.com"),
                    workspace.contacts().stream().map(c -> c.get("email").asText()).toList());
            assertEquals(List.of("line,reason,row",
                    "3,\"contact.create: role must be one of user, lead, but was \"\"visitor\"\"\",\"ext-2,alan@example.com,Alan Turing,visitor,acme,Acme\""),
                    Files.readAllLines(dir.resolve("out/refused-rows.csv")));
            ObjectNode billing = workspace.conversation(refund);
            assertEquals("billing", billing.at("/tags/tags/0/name").asText());
            assertEquals(teamId, billing.get("team_assignee_id").asText());
            assertEquals("open", billing.get("state").asText());
            ObjectNode feedback = workspace.conversation(thanks);
            assertEquals("feedback", feedback.at("/tags/tags/0/name").asText());
            assertEquals("closed", feedback.get("state").asText());
        }
    }
}
