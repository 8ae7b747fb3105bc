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
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.sandbox.DemoArrivals;
import dev.camelintercom.sandbox.DemoSeed;
import dev.camelintercom.sandbox.SandboxRequests;
import dev.camelintercom.sandbox.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main job end to end on its embedded sandbox, scaled down (a rate limit of 100 calls a second, 12 arrivals, a
 * stale sweep every second): what the workspace holds at the end, and the summary's figures against it.
 */
@Timeout(120)
class SupportJobTest {

    /** What the triage rules do with each of the twelve demo messages: tag, team, reply, closed by the rules. */
    private record Rule(String tag, String team, String reply, boolean resolves) {
    }

    private static final Rule BILLING = new Rule("billing", "Billing", "Our billing team has your question and answers within a day.", false);
    private static final Rule SHIPPING = new Rule("shipping", "Shipping", "Our shipping team is tracking your parcel and will write to you.", false);
    private static final Rule ACCOUNT = new Rule("account", "Support", "You can set a new password at https://shop.example/reset.", true);
    private static final Rule BUG = new Rule("bug", "Technical", "Thank you for the report: our engineers are looking into it.", false);
    private static final Rule FEEDBACK = new Rule("feedback", "Support", "Glad to hear it! Write to us any time.", true);
    private static final Rule GENERAL = new Rule("general", "Support", "Thank you for writing: a member of our team will answer shortly.", false);
    /** In the order of DemoSeed.MESSAGES. */
    private static final List<Rule> RULES = List.of(BILLING, SHIPPING, ACCOUNT, BUG, FEEDBACK, GENERAL,
            BILLING, SHIPPING, ACCOUNT, BUG, FEEDBACK, GENERAL);
    private static final String STALE = "<p>We closed this conversation after 30 days without activity. Reply to reopen it.</p>";

    @TempDir
    Path output;

    @Test
    void importsTriagesAndClosesOnTheSandboxAndTheSummaryAddsUp() throws IOException {
        // a token in the environment or the system properties never turns the demo into a live run
        System.setProperty("intercom.access-token", "a-token-of-a-real-workspace");
        JobSettings settings = JobSettings.parse(List.of(), Map.of("INTERCOM_ACCESS_TOKEN", "a-token-of-a-real-workspace"),
                Map.of("job.output-dir", output.toString(), "job.rate-limit", "100", "job.rate-limit-window", "1",
                        "job.arrivals", "12", "job.arrivals-every", "100ms", "job.poll-delay", "200ms",
                        "close-stale.period", "1s", "job.progress-every", "1s"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        JobSummary summary;
        try (DemoTarget target = new DemoTarget(settings)) {
            try {
                summary = SupportJob.run(settings, target, new PrintStream(printed, true, StandardCharsets.UTF_8));
            } finally {
                System.clearProperty("intercom.access-token");
            }
            String text = printed.toString(StandardCharsets.UTF_8);
            Workspace workspace = target.sandbox().workspace();

            assertImported(workspace);
            int closedByRules = assertTriaged(workspace, target);
            int closedStale = countStaleClosed(workspace);
            target.seeded().backlogIds().forEach(id -> assertEquals(1, closeParts(workspace.conversation(id), STALE), id));

            List<SandboxRequests.Recorded> requests = target.sandbox().requests().all();
            assertEquals(List.of(), requests.stream().filter(r -> r.status() == 429 || r.status() == 401).toList());
            assertTrue(summary.caughtUp(), text);
            assertEquals(new JobSummary(true, 206, 200, 6, output.resolve("refused-rows.csv").toAbsolutePath(), 12, 12, 12,
                    12, closedByRules, closedStale, target.sandbox().requests().count(), summary.apiCallsNote(), 0,
                    summary.time()), summary);
            assertEquals(4, closedByRules);
            // the backlog, untouched for 40 days; what the triage answered is not stale
            assertEquals(DemoSeed.BACKLOG, closedStale);
            assertTrue(text.endsWith(summary.format()), text);
            assertTrue(text.contains("  CSV rows refused      6, see " + output.resolve("refused-rows.csv").toAbsolutePath()), text);
            assertTrue(text.contains("  429s in a route       0"), text);
            assertTrue(text.lines().anyMatch(line -> line.matches("\\[ *\\d+ s] CSV rows \\d+ of 206 done, .*")), text);
        }
        // each refused row with its line, the component's reason or the job's own, and the row as it was
        assertEquals(Files.readAllLines(Path.of("src/test/resources/job/refused-rows.csv")),
                Files.readAllLines(output.resolve("refused-rows.csv")));
    }

    private static void assertImported(Workspace workspace) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/job/contacts.csv"));
        assertEquals(300 + 170, workspace.contacts().size());
        int checked = 0;
        for (int line = 2; line <= lines.size(); line++) {
            String text = lines.get(line - 1);
            if (List.of(17, 48, 95, 130, 161, 190).contains(line)) {
                continue;
            }
            ContactRow row = ContactRow.parse(line, text);
            ObjectNode contact = byField(workspace.contacts(), "external_id", row.externalId());
            assertEquals(row.email(), contact.get("email").asText(), text);
            assertEquals(row.name(), contact.get("name").asText(), text);
            assertEquals(row.role(), contact.get("role").asText(), text);
            JsonNode companies = contact.at("/companies/data");
            if (row.hasCompany()) {
                ObjectNode company = byField(workspace.companies(), "company_id", row.companyId());
                assertEquals(row.companyName(), company.get("name").asText());
                assertTrue(StreamSupport.stream(companies.spliterator(), false)
                        .anyMatch(c -> c.get("id").asText().equals(company.get("id").asText())), text);
            }
            checked++;
        }
        assertEquals(200, checked);
        assertEquals("Hamilton, Whitfield", byField(workspace.contacts(), "external_id", "cust-0280").get("name").asText());
        assertEquals("ivan.perlman.310@example.com", byField(workspace.contacts(), "external_id", "cust-0310").get("email").asText());
        for (String refused : List.of("marie.curie@example.com", "someone.else@example.com", "only.three@example.com",
                "emmy.noether@example.com")) {
            assertTrue(workspace.contacts().stream().noneMatch(c -> refused.equals(c.path("email").asText())), refused);
        }
    }

    /** Every arrival tagged, assigned, replied to, and closed by the rules or left open. */
    private static int assertTriaged(Workspace workspace, DemoTarget target) {
        List<String> arrived = target.arrivedIds();
        assertEquals(12, arrived.size());
        int closedByRules = 0;
        for (int n = 0; n < arrived.size(); n++) {
            Rule rule = RULES.get(n);
            ObjectNode conversation = workspace.conversation(arrived.get(n));
            String what = DemoArrivals.message(n) + " " + conversation;
            assertEquals(List.of(rule.tag()), StreamSupport.stream(conversation.at("/tags/tags").spliterator(), false)
                    .map(tag -> tag.get("name").asText()).toList(), what);
            assertEquals(target.seeded().teamId(rule.team()), conversation.get("team_assignee_id").asText(), what);
            List<JsonNode> replies = parts(conversation, "comment");
            assertEquals(1, replies.size(), what);
            assertEquals("<p>" + rule.reply() + "</p>", replies.get(0).get("body").asText(), what);
            assertEquals("admin", replies.get(0).at("/author/type").asText(), what);
            long byRules = parts(conversation, "close").stream().filter(part -> part.get("body").isNull()).count();
            assertEquals(rule.resolves() ? 1 : 0, byRules, what);
            if (rule.resolves()) {
                assertEquals("closed", conversation.get("state").asText(), what);
                closedByRules++;
            } else {
                assertEquals("open", conversation.get("state").asText(), what);
            }
        }
        return closedByRules;
    }

    private static int countStaleClosed(Workspace workspace) {
        return workspace.conversations().stream().mapToInt(c -> closeParts(c, STALE)).sum();
    }

    private static int closeParts(JsonNode conversation, String body) {
        return (int) parts(conversation, "close").stream().filter(part -> body.equals(part.path("body").asText())).count();
    }

    private static List<JsonNode> parts(JsonNode conversation, String type) {
        return StreamSupport.stream(conversation.at("/conversation_parts/conversation_parts").spliterator(), false)
                .filter(part -> type.equals(part.path("part_type").asText())).toList();
    }

    private static ObjectNode byField(List<ObjectNode> objects, String field, String value) {
        return objects.stream().filter(o -> value.equals(o.path(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no object with " + field + " " + value));
    }
}
