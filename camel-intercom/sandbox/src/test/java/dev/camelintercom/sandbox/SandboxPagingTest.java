/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cursor paging (query and body), page numbers and scroll: every item once, in a stable order. */
class SandboxPagingTest extends SandboxClientTestSupport {

    private static final long T0 = 1_700_000_000L;
    private static final int PER_PAGE = 10;
    private static final Map<String, Object> MATCH_ALL = Map.of("field", "created_at", "operator", ">", "value", 0);

    @Override
    protected void start(SandboxOptions options) {
        super.start(options.clock(SandboxClock.manual(T0)));
    }

    /** How to seed one object and how to ask for one page of a paged endpoint. */
    record Source(String name, BiFunction<Workspace, Integer, String> seed, String itemsField,
                  BiFunction<SandboxClient, String, SandboxClient.Response> page) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                new Source("GET /contacts", SandboxPagingTest::contact, "data",
                        (c, cursor) -> c.get(listPage("/contacts", cursor))),
                new Source("POST /contacts/search", SandboxPagingTest::contact, "data",
                        (c, cursor) -> c.post("/contacts/search", search(cursor))),
                new Source("GET /conversations", SandboxPagingTest::conversation, "conversations",
                        (c, cursor) -> c.get(listPage("/conversations", cursor))),
                new Source("POST /conversations/search", SandboxPagingTest::conversation, "conversations",
                        (c, cursor) -> c.post("/conversations/search", search(cursor))),
                new Source("POST /tickets/search", SandboxPagingTest::ticket, "tickets",
                        (c, cursor) -> c.post("/tickets/search", search(cursor))))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void pagesThroughThreePagesCreatedInOneSecondWithoutGapOrDuplicate(Source source) {
        start(SandboxOptions.defaults());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3 * PER_PAGE; i++) {
            created.add(source.seed().apply(sandbox.workspace(), i));
        }
        List<JsonNode> pages = pageThrough(cursor -> source.page().apply(client, cursor));
        assertEquals(3, pages.size());
        List<String> seen = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            JsonNode pagesBlock = pages.get(p).get("pages");
            assertEquals(p + 1, pagesBlock.get("page").asInt());
            assertEquals(3, pagesBlock.get("total_pages").asInt());
            assertEquals(PER_PAGE, pagesBlock.get("per_page").asInt());
            assertEquals(3 * PER_PAGE, pages.get(p).get("total_count").asInt());
            assertEquals(p < 2, pagesBlock.has("next"));
            pages.get(p).get(source.itemsField()).forEach(item -> seen.add(item.get("id").asText()));
        }
        assertEquals(created, seen, "every item once, in creation order");
    }

    @Test
    void readsTheSearchCursorFromTheBodyOnlyAsIntercomDoes() {
        start(SandboxOptions.defaults());
        for (int i = 0; i < 15; i++) {
            contact(sandbox.workspace(), i);
        }
        JsonNode first = client.post("/contacts/search", search(null)).body();
        String cursor = first.get("pages").get("next").get("starting_after").asText();
        JsonNode again = client.post("/contacts/search?starting_after=" + encode(cursor), search(null)).body();
        assertEquals(first.get("data"), again.get("data"), "a query-string cursor leaves you on page 1");
        assertEquals(5, client.post("/contacts/search", search(cursor)).body().get("data").size());
    }

    @Test
    void showsObjectsCreatedWhilePagingOnTheLastPageAndRepeatsNone() {
        start(SandboxOptions.defaults());
        for (int i = 0; i < 2 * PER_PAGE; i++) {
            conversation(sandbox.workspace(), i);
        }
        JsonNode first = client.post("/conversations/search", search(null)).body();
        sandbox.clock().advance(1);
        String late = conversation(sandbox.workspace(), 99);
        List<JsonNode> rest = pageThrough(cursor -> client.post("/conversations/search",
                search(cursor == null ? first.get("pages").get("next").get("starting_after").asText() : cursor)));
        List<String> ids = new ArrayList<>();
        first.get("conversations").forEach(c -> ids.add(c.get("id").asText()));
        rest.forEach(page -> page.get("conversations").forEach(c -> ids.add(c.get("id").asText())));
        assertEquals(2 * PER_PAGE + 1, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertEquals(late, ids.get(ids.size() - 1));
    }

    @Test
    void letsAnUpdatedObjectJumpBehindTheCursorWhenOrderedByUpdatedAt() {
        start(SandboxOptions.defaults().searchOrder(SearchOrder.UPDATED_AT_DESCENDING));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 2 * PER_PAGE; i++) {
            created.add(conversation(sandbox.workspace(), i));
            sandbox.clock().advance(1);
        }
        JsonNode first = client.post("/conversations/search", search(null)).body();
        String onPageTwo = created.get(0);
        sandbox.workspace().updateConversation(onPageTwo, Map.of("read", true));
        JsonNode second = client.post("/conversations/search",
                search(first.get("pages").get("next").get("starting_after").asText())).body();
        List<String> seen = new ArrayList<>();
        first.get("conversations").forEach(c -> seen.add(c.get("id").asText()));
        second.get("conversations").forEach(c -> seen.add(c.get("id").asText()));
        assertFalse(seen.contains(onPageTwo), "the cursor is stateless: the updated conversation now sorts before it");
        assertEquals(2 * PER_PAGE - 1, seen.size());
    }

    @Test
    void numbersCompanyPagesAndHidesCompaniesWithoutContacts() {
        start(SandboxOptions.defaults());
        Workspace ws = sandbox.workspace();
        String contact = contact(ws, 0);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            sandbox.clock().advance(1);
            String id = ws.createOrUpdateCompany(Map.of("company_id", "c" + i, "name", "Company " + i,
                    "update_last_request_at", true)).get("id").asText();
            ws.attachContactToCompany(contact, id);
            listed.add(0, id);
        }
        ws.createOrUpdateCompany(Map.of("company_id", "lonely", "name", "No contacts"));
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode list = client.post("/companies/list?per_page=15&page=" + page, null).body();
            assertEquals(page, list.get("pages").get("page").asInt());
            assertEquals(3, list.get("pages").get("total_pages").asInt());
            assertTrue(list.get("pages").get("next").isNull(), "page-number lists never fill next");
            assertEquals(35, list.get("total_count").asInt());
            list.get("data").forEach(c -> seen.add(c.get("id").asText()));
        }
        assertEquals(listed, seen, "newest last_request_at first, each once, the contactless one hidden");
        assertEquals(0, client.post("/companies/list?per_page=15&page=4", null).body().get("data").size());
        assertEquals(listed.get(34), client.post("/companies/list?order=asc&per_page=1", null).body().get("data").get(0)
                .get("id").asText());
    }

    @Test
    void scrollsOnceAtATimeUntilAnEmptyPageAndExpiresWhenIdle() {
        start(SandboxOptions.defaults().listCompaniesWithoutContacts(true));
        for (int i = 0; i < 60; i++) {
            sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "c" + i));
        }
        JsonNode first = client.get("/companies/scroll").body();
        assertEquals(50, first.get("data").size());
        assertEquals("scroll_exists", client.get("/companies/scroll").errorCode());
        String param = first.get("scroll_param").asText();
        assertEquals(10, client.get("/companies/scroll?scroll_param=" + param).body().get("data").size());
        assertEquals(0, client.get("/companies/scroll?scroll_param=" + param).body().get("data").size());
        assertEquals(404, client.get("/companies/scroll?scroll_param=" + param).status(), "expired at the end");

        String next = client.get("/companies/scroll").body().get("scroll_param").asText();
        sandbox.clock().advance(60);
        assertEquals(404, client.get("/companies/scroll?scroll_param=" + next).status(), "expired after a minute idle");
        assertEquals(200, client.get("/companies/scroll").status());
    }

    @Test
    void refusesPageSizesAboveTheMaximumAndForeignCursors() {
        start(SandboxOptions.defaults());
        assertEquals(400, client.get("/contacts?per_page=151").status());
        Map<String, Object> body = new LinkedHashMap<>(search(null));
        body.put("pagination", Map.of("per_page", 0));
        assertEquals(400, client.post("/contacts/search", body).status());
        assertEquals("parameter_invalid", client.post("/contacts/search", search("not-a-cursor")).errorCode());
    }

    /** Every page, following {@code pages.next.starting_after} from the first (cursor null). */
    static List<JsonNode> pageThrough(Function<String, SandboxClient.Response> page) {
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            SandboxClient.Response response = page.apply(cursor);
            assertEquals(200, response.status(), () -> String.valueOf(response.body()));
            pages.add(response.body());
            cursor = response.body().get("pages").path("next").path("starting_after").asText(null);
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    /** A list endpoint's page: size and cursor in the query string. */
    static String listPage(String path, String cursor) {
        return path + "?per_page=" + PER_PAGE + (cursor == null ? "" : "&starting_after=" + encode(cursor));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, Object> search(String cursor) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("per_page", PER_PAGE);
        if (cursor != null) {
            pagination.put("starting_after", cursor);
        }
        return Map.of("query", MATCH_ALL, "pagination", pagination);
    }

    private static String contact(Workspace ws, int i) {
        return ws.createContact(Map.of("email", "p" + i + "@example.com")).get("id").asText();
    }

    private static String conversation(Workspace ws, int i) {
        String contact = ws.createContact(Map.of("email", "conv" + i + "@example.com")).get("id").asText();
        return ws.createConversation(contact, "message " + i).get("id").asText();
    }

    private static String ticket(Workspace ws, int i) {
        String contact = ws.createContact(Map.of("email", "t" + i + "@example.com")).get("id").asText();
        return ws.createTicket(contact, "ticket " + i).get("id").asText();
    }
}
