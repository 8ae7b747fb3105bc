/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an official client of 2.16 (Intercom's Node SDK) met where the sandbox differed from Intercom: a contact's
 * notes as a {@code note_list} paged by number, conversations in plain text on request, data event summaries with
 * ISO 8601 {@code first} and {@code last}.
 */
class SandboxClientViewTest extends SandboxClientTestSupport {

    private static final long T0 = 1_700_000_000L;

    @Override
    protected void start(SandboxOptions options) {
        super.start(options.clock(SandboxClock.manual(T0)));
    }

    @Test
    void aContactsNotesArePagedByNumberUntilAnEmptyPage() {
        start(SandboxOptions.defaults());
        String contact = sandbox.workspace().createContact(Map.of("email", "notes@example.com")).get("id").asText();
        for (int i = 0; i < 5; i++) {
            sandbox.workspace().createNote(contact, Map.of("body", "note " + i));
        }

        JsonNode all = client.get("/contacts/" + contact + "/notes").body();
        assertEquals(List.of("type", "data", "total_count", "pages"), fieldNames(all));
        assertEquals(5, all.get("total_count").asInt());
        assertEquals(50, all.at("/pages/per_page").asInt(), "the default page, as the description's example");
        // as the SDK walks them: the next page number until a page has no items
        List<String> walked = new ArrayList<>();
        int page = 1;
        for (JsonNode data = notes(contact, page); !data.isEmpty(); data = notes(contact, ++page)) {
            data.forEach(note -> walked.add(note.get("body").asText()));
            assertTrue(page < 10, "the walk never ends");
        }
        assertEquals(List.of("<p>note 4</p>", "<p>note 3</p>", "<p>note 2</p>", "<p>note 1</p>", "<p>note 0</p>"), walked,
                "newest first, each once");
        assertEquals(4, page, "pages 1 to 3 of 2, 2 and 1, then the empty page 4");
        assertNotEquals(notes(contact, 1), notes(contact, 2));
    }

    private JsonNode notes(String contact, int page) {
        return client.get("/contacts/" + contact + "/notes?per_page=2&page=" + page).body().get("data");
    }

    @Test
    void aConversationComesInPlainTextOnRequest() {
        start(SandboxOptions.defaults());
        String contact = sandbox.workspace().createContact(Map.of("email", "plain@example.com")).get("id").asText();
        String id = sandbox.workspace().createConversation(contact, "My order &amp; my invoice").get("id").asText();
        JsonNode replied = client.post("/conversations/" + id + "/reply", Map.of("message_type", "comment", "type", "admin",
                "admin_id", sandbox.workspace().adminId(),
                "body", "<p>Hello</p><p>See <a href=\"https://help.example/orders\">the guide</a>.<br>Thanks</p>")).body();
        assertTrue(replied.at("/conversation_parts/conversation_parts/0/body").asText().startsWith("<p>"));

        JsonNode plain = client.get("/conversations/" + id + "?display_as=plaintext").body();
        assertEquals("My order & my invoice", plain.at("/source/body").asText());
        assertEquals("Hello\nSee the guide (https://help.example/orders).\nThanks",
                plain.at("/conversation_parts/conversation_parts/0/body").asText());
        JsonNode html = client.get("/conversations/" + id).body();
        assertEquals("<p>My order &amp; my invoice</p>", html.at("/source/body").asText());
        JsonNode updated = client.put("/conversations/" + id + "?display_as=plaintext", Map.of("read", true)).body();
        assertEquals("My order & my invoice", updated.at("/source/body").asText());
    }

    @Test
    void dataEventSummariesCarryFirstAndLastAsIsoDateTimes() {
        start(SandboxOptions.defaults());
        String contact = sandbox.workspace().createContact(Map.of("email", "events@example.com", "external_id", "ev-1"))
                .get("id").asText();
        client.post("/events", Map.of("event_name", "placed-order", "created_at", T0, "id", contact));
        client.post("/events", Map.of("event_name", "placed-order", "created_at", T0 + 3600, "id", contact));

        JsonNode summary = client.get("/events?type=user&intercom_user_id=" + contact + "&summary=true").body()
                .at("/events/0");
        assertEquals("placed-order", summary.get("name").asText());
        assertEquals("2023-11-14T22:13:20.000+00:00", summary.get("first").asText());
        assertEquals("2023-11-14T23:13:20.000+00:00", summary.get("last").asText());
        assertEquals(2, summary.get("count").asInt());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
