/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox as a whole: auth, rate limits, error form, and the resources' state over HTTP. */
class IntercomSandboxTest extends SandboxClientTestSupport {

    private static final long T0 = 1_700_000_000L;


    @Test
    void startsInOneLineOnALoopbackPortAndStopsOnClose() {
        try (IntercomSandbox one = IntercomSandbox.start()) {
            assertTrue(one.baseUri().startsWith("http://127.0.0.1:"));
            assertEquals(200, new SandboxClient(one).get("/me").status());
            sandbox = one;
        }
        assertThrows(IllegalStateException.class, () -> new SandboxClient(sandbox).get("/me"));
        sandbox = null;
    }

    @Test
    void refusesMissingOrWrongTokenWithoutRateLimitHeaders() {
        start(SandboxOptions.defaults());
        for (SandboxClient bad : List.of(client.withToken(null), client.withToken("wrong"))) {
            SandboxClient.Response response = bad.get("/contacts");
            assertEquals(401, response.status());
            assertEquals("unauthorized", response.errorCode());
            assertTrue(response.header("X-RateLimit-Limit").isEmpty());
            assertTrue(response.header("X-RateLimit-Remaining").isEmpty());
            assertErrorList(response.body());
        }
        assertEquals(2, sandbox.requests().count("GET", "/contacts"));
    }

    @Test
    void countsCallsPerWindowAndAnswers429UntilTheWindowEnds() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(T0 + 3)).rateLimit(3));
        for (int remaining = 2; remaining >= 0; remaining--) {
            SandboxClient.Response ok = client.get("/admins");
            assertEquals(200, ok.status());
            assertEquals("3", ok.header("X-RateLimit-Limit").orElseThrow());
            assertEquals(Integer.toString(remaining), ok.header("X-RateLimit-Remaining").orElseThrow());
            assertEquals(Long.toString(T0 + 10), ok.header("X-RateLimit-Reset").orElseThrow());
        }
        SandboxClient.Response limited = client.get("/admins");
        assertEquals(429, limited.status());
        assertEquals("rate_limit_exceeded", limited.errorCode());
        assertEquals("0", limited.header("X-RateLimit-Remaining").orElseThrow());
        assertErrorList(limited.body());

        sandbox.clock().advance(6);
        assertEquals(429, client.get("/admins").status(), "still the window that started at " + T0);
        sandbox.clock().advance(1);
        SandboxClient.Response next = client.get("/admins");
        assertEquals(200, next.status());
        assertEquals("2", next.header("X-RateLimit-Remaining").orElseThrow());
        assertEquals(Long.toString(T0 + 20), next.header("X-RateLimit-Reset").orElseThrow());
    }

    @Test
    void answersUnknownPathsAndMethodsWith404ErrorList() {
        start(SandboxOptions.defaults());
        for (SandboxClient.Response response : List.of(client.get("/no/such/path"), client.delete("/tags"),
                client.get("/contacts/65f0c0de0000000000009999"))) {
            assertEquals(404, response.status());
            assertEquals("not_found", response.errorCode());
            assertErrorList(response.body());
            assertTrue(response.header("X-RateLimit-Remaining").isPresent());
        }
    }

    @Test
    void refusesBadJsonAndOtherApiVersions() {
        start(SandboxOptions.defaults());
        assertEquals("bad_request", client.post("/contacts", "{\"email\":").errorCode());
        assertEquals(200, client.withVersion(null).get("/me").status(), "no version header: the app's, 2.16 here");
        SandboxClient.Response old = client.withVersion("2.11").get("/me");
        assertEquals(400, old.status());
        assertEquals("intercom_version_invalid", old.errorCode());
    }

    @Test
    void keepsContactsAndRefusesDuplicates() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(T0)));
        JsonNode created = client.post("/contacts", Map.of("email", "ada@example.com", "name", "Ada", "custom_attributes",
                Map.of("plan", "pro"))).body();
        String id = created.get("id").asText();
        assertEquals(24, id.length());
        assertEquals("user", created.get("role").asText());
        assertEquals("example.com", created.get("email_domain").asText());
        assertEquals(T0, created.get("created_at").asLong());

        SandboxClient.Response duplicate = client.post("/contacts", Map.of("email", "ADA@example.com"));
        assertEquals(409, duplicate.status());
        assertEquals("conflict", duplicate.errorCode());
        assertTrue(duplicate.body().path("errors").path(0).path("message").asText().contains(id));

        sandbox.clock().advance(5);
        JsonNode updated = client.put("/contacts/" + id, Map.of("name", "Ada L.")).body();
        assertEquals("Ada L.", updated.get("name").asText());
        assertEquals("pro", updated.get("custom_attributes").get("plan").asText());
        assertEquals(T0 + 5, updated.get("updated_at").asLong());
        assertEquals(T0, updated.get("created_at").asLong());
        assertEquals("Ada L.", sandbox.workspace().contact(id).get("name").asText());
        Map<String, Object> halfWrong = new LinkedHashMap<>();
        halfWrong.put("name", "Half");
        halfWrong.put("role", "robot");
        assertEquals(400, client.put("/contacts/" + id, halfWrong).status());
        assertEquals("Ada L.", sandbox.workspace().contact(id).get("name").asText(), "a refused update changes nothing");

        JsonNode deleted = client.delete("/contacts/" + id).body();
        assertTrue(deleted.get("deleted").asBoolean());
        assertEquals(404, client.get("/contacts/" + id).status());
        assertEquals(400, client.post("/contacts", Map.of("name", "nobody")).status());
    }

    @Test
    void runsAConversationThroughRepliesAndStateChanges() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(T0)));
        Workspace ws = sandbox.workspace();
        String contactId = ws.createContact(Map.of("email", "bo@example.com")).get("id").asText();
        JsonNode message = client.post("/conversations", Map.of("from", Map.of("type", "user", "id", contactId),
                "body", "Hello there")).body();
        assertEquals("user_message", message.get("type").asText());
        assertEquals("Hello there", message.get("body").asText());
        String id = message.get("conversation_id").asText();

        sandbox.clock().advance(10);
        String admin = ws.adminId();
        JsonNode closed = client.post("/conversations/" + id + "/parts",
                Map.of("message_type", "close", "type", "admin", "admin_id", admin)).body();
        assertEquals("closed", closed.get("state").asText());
        assertFalse(closed.get("open").asBoolean());
        assertEquals(T0 + 10, closed.get("updated_at").asLong());

        sandbox.clock().advance(10);
        JsonNode reopened = client.post("/conversations/" + id + "/reply",
                Map.of("message_type", "comment", "type", "user", "intercom_user_id", contactId, "body", "Still there?")).body();
        assertEquals("open", reopened.get("state").asText());

        String team = ws.teams().get(0).get("id").asText();
        JsonNode assigned = client.post("/conversations/" + id + "/parts", Map.of("message_type", "assignment", "type", "team",
                "admin_id", admin, "assignee_id", team)).body();
        assertEquals(Long.parseLong(team), assigned.get("team_assignee_id").asLong());
        JsonNode snoozed = client.post("/conversations/" + id + "/parts",
                Map.of("message_type", "snoozed", "admin_id", admin, "snoozed_until", T0 + 3600)).body();
        assertEquals("snoozed", snoozed.get("state").asText());
        assertEquals(T0 + 3600, snoozed.get("snoozed_until").asLong());
        JsonNode opened = client.post("/conversations/" + id + "/parts", Map.of("message_type", "open", "admin_id", admin)).body();
        assertEquals("open", opened.get("state").asText());

        JsonNode parts = client.get("/conversations/" + id).body().get("conversation_parts");
        assertEquals(List.of("close", "comment", "assignment", "snoozed", "open"), texts(parts.get("conversation_parts"), "part_type"));
        assertEquals(5, parts.get("total_count").asInt());

        assertEquals(400, client.post("/conversations/" + id + "/parts", Map.of("message_type", "close", "admin_id", admin))
                .status(), "close needs type admin");
        assertEquals(404, client.post("/conversations/" + id + "/parts",
                Map.of("message_type", "open", "admin_id", "1")).status(), "unknown admin");
        assertEquals(404, client.post("/conversations", Map.of("from", Map.of("type", "user", "id", "nope"), "body", "x"))
                .status());
    }

    @Test
    void createsTicketsOfATypeAndMovesTheirState() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(T0)));
        Workspace ws = sandbox.workspace();
        JsonNode ticket = client.post("/tickets", Map.of("ticket_type_id", ws.defaultTicketTypeId(),
                "contacts", List.of(Map.of("email", "new@example.com")), "ticket_attributes", Map.of("_default_title_", "Broken"))).body();
        assertEquals("submitted", ticket.get("ticket_state").get("category").asText());
        assertEquals("Broken", ticket.get("ticket_attributes").get("_default_title_").asText());
        assertEquals("lead", ws.contacts().get(0).get("role").asText(), "an unknown email creates a lead");

        String resolved = ticket.get("ticket_type").get("ticket_states").get("data").get(3).get("id").asText();
        ObjectNode moved = ws.updateTicket(ticket.get("id").asText(), Map.of("ticket_state_id", resolved, "open", false));
        assertEquals("resolved", moved.get("ticket_state").get("category").asText());
        assertEquals(ticket.get("ticket_state").get("id").asText(), moved.get("previous_ticket_state_id").asText());
        assertEquals("resolved", client.get("/tickets/" + ticket.get("id").asText()).body().get("ticket_state").get("category")
                .asText());
        assertEquals(1, client.get("/ticket_types").body().get("data").size());
    }

    @Test
    void servesTagsAdminsTeamsAndMe() {
        start(SandboxOptions.defaults());
        JsonNode tag = client.post("/tags", Map.of("name", "vip")).body();
        assertEquals(tag.get("id"), client.post("/tags", Map.of("name", "vip")).body().get("id"), "create-or-find by name");
        assertEquals(1, client.get("/tags").body().get("data").size());
        JsonNode me = client.get("/me").body();
        assertEquals(sandbox.workspace().adminId(), me.get("id").asText());
        assertEquals("UTC", me.get("app").get("timezone").asText());
        assertEquals("admin.list", client.get("/admins").body().get("type").asText());
        JsonNode teams = client.get("/teams").body();
        assertEquals("team.list", teams.get("type").asText());
        assertEquals(Long.parseLong(me.get("id").asText()), teams.get("teams").get(0).get("admin_ids").get(0).asLong());
    }

    @Test
    void handlesConcurrentWritesWithoutLosingAny() throws Exception {
        start(SandboxOptions.defaults().unlimited());
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<String>>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        ids.add(client.post("/contacts", Map.of("email", "c" + thread + "-" + i + "@example.com")).body()
                                .get("id").asText());
                    }
                    return ids;
                });
            }
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> done : pool.invokeAll(workers)) {
                ids.addAll(done.get());
            }
            assertEquals(threads * each, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * each, sandbox.workspace().contacts().size());
        assertEquals(threads * each, sandbox.requests().count("POST", "/contacts"));
    }

    static void assertErrorList(JsonNode body) {
        assertNotNull(body, "an error.list body");
        assertEquals("error.list", body.get("type").asText());
        assertEquals(36, body.get("request_id").asText().length(), "a UUID request_id");
        assertTrue(body.get("errors").get(0).hasNonNull("code"));
        assertTrue(body.get("errors").get(0).hasNonNull("message"));
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }
}
