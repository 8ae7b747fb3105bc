/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search grammar and its precision: contact dates to the day in the workspace zone, conversation and ticket dates
 * to the second, the index delay, sorting and default order, and what is refused.
 */
class SandboxSearchTest extends SandboxClientTestSupport {

    /** 2024-03-10 09:00:00 UTC. */
    private static final long MORNING = ZonedDateTime.of(2024, 3, 10, 9, 0, 0, 0, ZoneId.of("UTC")).toEpochSecond();
    private static final long MIDNIGHT = MORNING - 9 * 3600;
    private static final long DAY = 86_400;


    @Test
    void filtersContactDatesByWholeDaysOfTheWorkspaceZone() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(0)));
        long[] times = { MIDNIGHT - 1, MIDNIGHT, MORNING, MIDNIGHT + DAY - 1, MIDNIGHT + DAY, MIDNIGHT + DAY + 3600 };
        List<String> ids = new ArrayList<>();
        for (long time : times) {
            sandbox.clock().set(time);
            ids.add(sandbox.workspace().createContact(Map.of("external_id", "at-" + time)).get("id").asText());
        }
        assertEquals(ids.subList(4, 6), contacts(leaf("created_at", ">", MORNING)), "> starts at the next midnight");
        assertEquals(ids.subList(0, 1), contacts(leaf("created_at", "<", MORNING)), "< ends at that day's midnight");
        assertEquals(ids.subList(1, 4), contacts(leaf("created_at", "=", MORNING)), "= is the whole day");
        assertEquals(ids.subList(4, 6), contacts(leaf("created_at", ">", MIDNIGHT)));
    }

    @Test
    void movesTheDayBoundariesWithTheWorkspaceZone() {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        start(SandboxOptions.defaults().clock(SandboxClock.manual(0)).timeZone(zone));
        long laMidnight = ZonedDateTime.of(2024, 3, 10, 0, 0, 0, 0, zone).toEpochSecond();
        sandbox.clock().set(laMidnight - 1);
        String before = sandbox.workspace().createContact(Map.of("role", "lead")).get("id").asText();
        sandbox.clock().set(laMidnight + 1);
        String after = sandbox.workspace().createContact(Map.of("role", "lead")).get("id").asText();
        assertEquals(List.of(after), contacts(leaf("created_at", "=", laMidnight + 5 * 3600)));
        assertEquals(List.of(before), contacts(leaf("created_at", "<", laMidnight + 5 * 3600)));
        assertEquals("America/Los_Angeles", client.get("/me").body().get("app").get("timezone").asText());
    }

    @Test
    void filtersConversationDatesToTheSecondIncludingTheBoundaryByDefault() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(MORNING)));
        List<String> ids = threeConversationsOneSecondApart();
        assertEquals(ids.subList(1, 3), conversations(leaf("updated_at", ">", MORNING + 1)), "documented as greater or equal");
        assertEquals(ids.subList(0, 2), conversations(leaf("updated_at", "<", MORNING + 1)), "documented as lower or equal");
        assertEquals(ids.subList(1, 2), conversations(leaf("created_at", "=", MORNING + 1)));
    }

    @Test
    void filtersConversationDatesStrictlyWhenInclusiveRangesAreOff() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(MORNING)).inclusiveRangeOperators(false));
        List<String> ids = threeConversationsOneSecondApart();
        assertEquals(ids.subList(2, 3), conversations(leaf("updated_at", ">", MORNING + 1)));
        assertEquals(ids.subList(0, 1), conversations(leaf("updated_at", "<", MORNING + 1)));
    }

    @Test
    void hidesNewContactsFromSearchUntilTheIndexDelayHasPassed() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(MORNING)).contactIndexDelaySeconds(60));
        String id = sandbox.workspace().createContact(Map.of("email", "late@example.com", "name", "Old")).get("id").asText();
        Map<String, Object> byEmail = leaf("email", "=", "late@example.com");
        assertEquals(List.of(), contacts(byEmail));
        assertEquals(200, client.get("/contacts/" + id).status(), "get by id does not wait for the index");
        sandbox.clock().advance(59);
        assertEquals(List.of(), contacts(byEmail));
        sandbox.clock().advance(1);
        assertEquals(List.of(id), contacts(byEmail));

        sandbox.workspace().updateContact(id, Map.of("name", "New"));
        JsonNode stale = client.post("/contacts/search", Map.of("query", byEmail)).body().get("data").get(0);
        assertEquals("Old", stale.get("name").asText(), "search shows the indexed state until the delay has passed");
        sandbox.clock().advance(60);
        assertEquals(List.of(id), contacts(leaf("name", "=", "New")));

        sandbox.workspace().deleteContact(id);
        assertEquals(List.of(id), contacts(byEmail), "a deletion reaches the index late too");
        sandbox.clock().advance(60);
        assertEquals(List.of(), contacts(byEmail));
    }

    @Test
    void delaysConversationIndexingWhenAsked() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(MORNING)).conversationIndexDelaySeconds(5));
        String contact = sandbox.workspace().createContact(Map.of("role", "user")).get("id").asText();
        String id = sandbox.workspace().createConversation(contact, "hi").get("id").asText();
        Map<String, Object> open = leaf("state", "=", "open");
        assertEquals(List.of(), conversations(open));
        sandbox.clock().advance(5);
        assertEquals(List.of(id), conversations(open));
    }

    @Test
    void matchesStringsIdsTagsAndCustomAttributes() {
        start(SandboxOptions.defaults());
        Workspace ws = sandbox.workspace();
        String ada = ws.createContact(Map.of("email", "ada@math.org", "name", "Ada", "role", "user", "external_id", "u1",
                "custom_attributes", Map.of("plan", "pro", "seats", 12))).get("id").asText();
        String bob = ws.createContact(Map.of("email", "bob@shop.com", "name", "Bob", "role", "lead",
                "custom_attributes", Map.of("plan", "free", "seats", 1))).get("id").asText();
        String vip = ws.createTag("vip").get("id").asText();
        ws.tagContact(bob, vip);

        assertEquals(List.of(ada), contacts(leaf("email", "$", "@MATH.org")));
        assertEquals(List.of(bob), contacts(leaf("email", "^", "bob")));
        assertEquals(List.of(ada, bob), contacts(leaf("email", "~", "@")));
        assertEquals(List.of(bob), contacts(leaf("email", "!~", "math")));
        assertEquals(List.of(bob), contacts(leaf("role", "=", "lead")));
        assertEquals(List.of(ada), contacts(leaf("external_id", "IN", List.of("u1", "u2"))));
        assertEquals(List.of(bob), contacts(leaf("id", "NIN", List.of(ada))));
        assertEquals(List.of(bob), contacts(leaf("tag_id", "=", vip)));
        assertEquals(List.of(ada), contacts(leaf("tag_id", "!=", vip)));
        assertEquals(List.of(ada), contacts(leaf("custom_attributes.plan", "=", "pro")));
        assertEquals(List.of(ada), contacts(leaf("custom_attributes.seats", ">", 5)));
        assertEquals(List.of(bob), contacts(leaf("external_id", "=", null)), "null matches an absent value");
        assertEquals(List.of(bob), contacts(Map.of("operator", "AND", "value", List.of(
                Map.of("operator", "OR", "value", List.of(leaf("name", "=", "Bob"), leaf("name", "=", "Carol"))),
                leaf("custom_attributes.plan", "!=", "pro")))));
    }

    @Test
    void matchesConversationFieldsAndSourceBodyWordByWord() {
        start(SandboxOptions.defaults());
        Workspace ws = sandbox.workspace();
        String contact = ws.createContact(Map.of("email", "c@example.com")).get("id").asText();
        String help = ws.createConversation(contact, "I need support").get("id").asText();
        String other = ws.createConversation(contact, "Hello").get("id").asText();
        String tag = ws.createTag("urgent").get("id").asText();
        ws.tagConversation(other, tag);
        ws.closeConversation(other);
        ws.manageConversation(help, Map.of("message_type", "assignment", "type", "admin", "admin_id", ws.adminId(),
                "assignee_id", ws.adminId()));

        assertEquals(List.of(help), conversations(leaf("source.body", "=", "support")));
        assertEquals(List.of(), conversations(leaf("source.body", "=", "need support")), "one word per = filter");
        assertEquals(List.of(other), conversations(leaf("tag_ids", "IN", List.of(tag))));
        assertEquals(List.of(other), conversations(leaf("state", "=", "closed")));
        assertEquals(List.of(help), conversations(leaf("open", "=", true)));
        assertEquals(List.of(help), conversations(leaf("admin_assignee_id", "=", Long.parseLong(ws.adminId()))));
        assertEquals(List.of(help, other), conversations(leaf("contact_ids", "=", contact)));
        assertEquals(List.of(help, other), conversations(leaf("source.author.email", "=", "c@example.com")));
    }

    @Test
    void searchesTicketsByStateCategoryAndCreatedAtInclusiveOperators() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(MORNING)));
        Workspace ws = sandbox.workspace();
        String contact = ws.createContact(Map.of("email", "t@example.com")).get("id").asText();
        String first = ws.createTicket(contact, "one").get("id").asText();
        sandbox.clock().advance(1);
        String second = ws.createTicket(contact, "two").get("id").asText();
        String resolved = ws.ticket(second).get("ticket_type").get("ticket_states").get("data").get(3).get("id").asText();
        ws.updateTicket(second, Map.of("ticket_state_id", resolved));

        assertEquals(List.of(second), tickets(leaf("state", "=", "resolved")));
        assertEquals(List.of(first, second), tickets(leaf("category", "=", "request")));
        assertEquals(List.of(second), tickets(leaf("created_at", ">=", MORNING + 1)));
        assertEquals(List.of(first), tickets(leaf("title", "=", "one")));
        assertEquals(400, client.post("/tickets/search", Map.of("query", leaf("updated_at", ">=", MORNING))).status(),
                ">= is documented for created_at only");
    }

    @Test
    void sortsContactsOnRequestAndRefusesOtherOrders() {
        start(SandboxOptions.defaults());
        Workspace ws = sandbox.workspace();
        List<String> byName = new ArrayList<>();
        for (String name : List.of("Cleo", "Abe", "Bea")) {
            byName.add(ws.createContact(Map.of("role", "user", "name", name)).get("id").asText());
        }
        Collections.swap(byName, 0, 1);
        Collections.swap(byName, 1, 2);
        Map<String, Object> all = leaf("role", "=", "user");
        assertEquals(byName, ids(client.post("/contacts/search", Map.of("query", all, "sort",
                Map.of("field", "name", "order", "ascending"))), "data"));
        List<String> reversed = new ArrayList<>(byName);
        Collections.reverse(reversed);
        assertEquals(reversed, ids(client.post("/contacts/search", Map.of("query", all, "sort", Map.of("field", "name"))),
                "data"), "descending by default");

        SandboxClient.Response badOrder = client.post("/contacts/search", Map.of("query", all, "sort",
                Map.of("field", "name", "order", "desc")));
        assertEquals(400, badOrder.status());
        assertEquals("invalid_sort_order", badOrder.errorCode());
        assertEquals(400, client.post("/conversations/search", Map.of("query", leaf("open", "=", true), "sort",
                Map.of("field", "created_at", "order", "ascending"))).status(), "no sort on conversation search in 2.16");
    }

    @Test
    void ordersConversationResultsByTheConfiguredDefault() {
        start(SandboxOptions.defaults().clock(SandboxClock.manual(MORNING)).searchOrder(SearchOrder.UPDATED_AT_DESCENDING));
        List<String> ids = threeConversationsOneSecondApart();
        sandbox.clock().advance(10);
        sandbox.workspace().updateConversation(ids.get(1), Map.of("read", true));
        assertEquals(List.of(ids.get(1), ids.get(2), ids.get(0)), conversations(leaf("open", "=", true)));
    }

    @Test
    void refusesWhatIntercomRefuses() {
        start(SandboxOptions.defaults());
        List<Object> sixteen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sixteen.add(leaf("name", "=", "n" + i));
        }
        Map<String, Object> tooDeep = leaf("name", "=", "x");
        for (int level = 0; level < 4; level++) {
            tooDeep = Map.of("operator", "AND", "value", List.of(tooDeep));
        }
        Map<String, Object> deepest = leaf("name", "=", "x");
        for (int level = 0; level < 3; level++) {
            deepest = Map.of("operator", "OR", "value", List.of(deepest));
        }
        assertEquals(200, client.post("/contacts/search", Map.of("query", deepest)).status(), "a top group and two nested");
        for (Map<String, Object> query : List.of(Map.of("operator", "OR", "value", sixteen), tooDeep,
                leaf("created_at", "!=", MORNING), leaf("created_at", ">=", MORNING), leaf("created_at", "=", "yesterday"),
                leaf("email", "IN", "a@b.c"), leaf("email", "=", List.of("a@b.c")), leaf("no_such_field", "=", "x"),
                leaf("tag_id", "IN", List.of("1")), leaf("role", ">", "user"), leaf("name", "==", "x"))) {
            SandboxClient.Response response = client.post("/contacts/search", Map.of("query", query));
            assertEquals(400, response.status(), () -> "accepted " + query);
            IntercomSandboxTest.assertErrorList(response.body());
        }
        assertEquals("parameter_not_found", client.post("/contacts/search", Map.of()).errorCode());
        assertEquals(400, client.post("/conversations/search", Map.of("query", leaf("updated_at", ">=", MORNING))).status());
    }

    private List<String> threeConversationsOneSecondApart() {
        String contact = sandbox.workspace().createContact(Map.of("role", "user")).get("id").asText();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(sandbox.workspace().createConversation(contact, "m" + i).get("id").asText());
            sandbox.clock().advance(1);
        }
        return ids;
    }

    private List<String> contacts(Map<String, Object> query) {
        return ids(client.post("/contacts/search", Map.of("query", query)), "data");
    }

    private List<String> conversations(Map<String, Object> query) {
        return ids(client.post("/conversations/search", Map.of("query", query)), "conversations");
    }

    private List<String> tickets(Map<String, Object> query) {
        return ids(client.post("/tickets/search", Map.of("query", query)), "tickets");
    }

    private static List<String> ids(SandboxClient.Response response, String itemsField) {
        assertEquals(200, response.status(), () -> String.valueOf(response.body()));
        assertTrue(response.body().get("pages").get("total_pages").asInt() <= 1);
        return IntercomSandboxTest.texts(response.body().get(itemsField), "id");
    }

    static Map<String, Object> leaf(String field, String operator, Object value) {
        Map<String, Object> leaf = new java.util.LinkedHashMap<>();
        leaf.put("field", field);
        leaf.put("operator", operator);
        leaf.put("value", value);
        return leaf;
    }
}
