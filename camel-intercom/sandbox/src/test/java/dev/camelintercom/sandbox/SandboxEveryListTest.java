/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every list and search the sandbox serves, run to its end as a client following 2.16's documented parameters would:
 * cursors in the query ({@code starting_after}) and in a search body ({@code pagination}), page numbers
 * ({@code page}/{@code per_page}, one page past the end answers no items), the company scroll ({@code scroll_param},
 * until an empty page) and the lists that are not paged. Each page fits the operation's response schema in the
 * description; each item comes once; {@code pages} and {@code total_count} say what was served.
 */
class SandboxEveryListTest {

    private static final int ITEMS = 23;
    private static final int PER_PAGE = 10;
    private static final int PAGES = 3;

    private static OpenApiSchemaCheck openApi;
    private static IntercomSandbox sandbox;
    private static SandboxClient client;
    private static String contact;
    private static String company;
    private static final Map<String, List<String>> SEEDED = new LinkedHashMap<>();

    @BeforeAll
    static void seed() throws Exception {
        Path file = OpenApiSchemaCheck.locate(Path.of(""));
        if (file == null) {
            String message = "Intercom's description " + OpenApiSchemaCheck.LOCATION + " was not found";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message + "; skipped outside CI");
        }
        openApi = OpenApiSchemaCheck.load(file);
        sandbox = IntercomSandbox.start(SandboxOptions.defaults());
        client = new SandboxClient(sandbox);
        Workspace ws = sandbox.workspace();
        List<String> contacts = seeded("contacts", i -> ws.createContact(Map.of("email", "list" + i + "@example.com",
                "role", "user")).get("id").asText());
        contact = contacts.get(0);
        seeded("conversations", i -> ws.createConversation(contact, "question " + i).get("id").asText());
        seeded("tickets", i -> ws.createTicket(contact, "ticket " + i).get("id").asText());
        List<String> companies = seeded("companies", i -> {
            String id = ws.createOrUpdateCompany(Map.of("company_id", "list-co-" + i, "name", "Company " + i)).get("id").asText();
            ws.attachContactToCompany(contact, id);
            return id;
        });
        company = companies.get(0);
        contacts.subList(1, ITEMS).forEach(other -> ws.attachContactToCompany(other, company));
        seeded("contact notes", i -> ws.createNote(contact, Map.of("body", "contact note " + i)).get("id").asText());
        seeded("company notes", i -> ws.createCompanyNote(company, Map.of("body", "company note " + i)).get("id").asText());
    }

    private static List<String> seeded(String name, Function<Integer, String> create) {
        List<String> ids = IntStream.range(0, ITEMS).mapToObj(create::apply).toList();
        SEEDED.put(name, ids);
        return ids;
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void cursorListsInTheQuery() {
        assertCursorPages("GET", "/contacts", "data", "contacts",
                cursor -> client.get("/contacts?per_page=" + PER_PAGE + after(cursor)));
        assertCursorPages("GET", "/conversations", "conversations", "conversations",
                cursor -> client.get("/conversations?per_page=" + PER_PAGE + after(cursor)));
    }

    @Test
    void searchesWithTheirPaginationInTheBody() {
        assertCursorPages("POST", "/contacts/search", "data", "contacts",
                cursor -> client.post("/contacts/search", search(cursor)));
        assertCursorPages("POST", "/conversations/search", "conversations", "conversations",
                cursor -> client.post("/conversations/search", search(cursor)));
        assertCursorPages("POST", "/tickets/search", "tickets", "tickets",
                cursor -> client.post("/tickets/search", search(cursor)));
    }

    @Test
    void pageNumberedLists() {
        assertNumberedPages("POST", "/companies/list", "companies", page -> client.post("/companies/list" + numbered(page), null));
        assertNumberedPages("GET", "/contacts/{contact_id}/notes", "contact notes",
                page -> client.get("/contacts/" + contact + "/notes" + numbered(page)));
        assertNumberedPages("GET", "/companies/{company_id}/notes", "company notes",
                page -> client.get("/companies/" + company + "/notes" + numbered(page)));
        assertNumberedPages("GET", "/contacts/{contact_id}/companies", "companies",
                page -> client.get("/contacts/" + contact + "/companies" + numbered(page)));
        assertNumberedPages("GET", "/companies/{company_id}/contacts", "contacts",
                page -> client.get("/companies/" + company + "/contacts" + numbered(page)));
    }

    @Test
    void findingACompanyAnswersOnePageOfOne() {
        JsonNode first = check("GET", "/companies", client.get("/companies?company_id=list-co-0&page=1"));
        assertEquals(List.of(company), ids(first, "data"));
        assertEquals(1, first.get("total_count").asInt());
        assertEquals(1, first.at("/pages/total_pages").asInt());
        JsonNode past = check("GET", "/companies", client.get("/companies?company_id=list-co-0&page=2"));
        assertEquals(List.of(), ids(past, "data"), "past the end");
    }

    @Test
    void theCompanyScrollUntilAnEmptyPage() {
        List<String> seen = new ArrayList<>();
        String param = null;
        int pages = 0;
        while (true) {
            JsonNode page = check("GET", "/companies/scroll",
                    client.get("/companies/scroll" + (param == null ? "" : "?scroll_param=" + param)));
            pages++;
            List<String> ids = ids(page, "data");
            if (ids.isEmpty()) {
                break;
            }
            seen.addAll(ids);
            param = page.get("scroll_param").asText();
            assertTrue(pages < 10);
        }
        assertEquals(2, pages, "one page of 23 (a scroll page is 50), then the empty one");
        assertEquals(SEEDED.get("companies"), seen);
    }

    @Test
    void listsThatAreNotPaged() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/admins", "admins");
        lists.put("/teams", "teams");
        lists.put("/tags", "data");
        lists.put("/segments", "segments");
        lists.put("/subscription_types", "data");
        lists.put("/ticket_types", "data");
        lists.put("/contacts/{contact_id}/tags", "data");
        lists.put("/contacts/{contact_id}/segments", "data");
        lists.put("/contacts/{contact_id}/subscriptions", "data");
        lists.put("/companies/{company_id}/segments", "data");
        lists.forEach((path, field) -> {
            JsonNode list = check("GET", path, client.get(path.replace("{contact_id}", contact).replace("{company_id}", company)));
            assertTrue(list.get(field).isArray(), path);
        });
        JsonNode events = check("GET", "/events", client.get("/events?type=user&intercom_user_id=" + contact + "&summary=true"));
        assertTrue(events.get("events").isArray());
    }

    /** Follows {@code pages.next.starting_after} from the first page to the one without {@code next}. */
    private static void assertCursorPages(String method, String path, String field, String seeded,
            Function<String, SandboxClient.Response> page) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int number = 1; number <= PAGES; number++) {
            JsonNode answer = check(method, path, page.apply(cursor));
            assertPages(path, answer, number);
            seen.addAll(ids(answer, field));
            JsonNode next = answer.at("/pages/next");
            assertEquals(number < PAGES, next.isObject(), path + " page " + number + ": next " + next);
            cursor = next.path("starting_after").asText(null);
        }
        assertEquals(SEEDED.get(seeded), seen, path + ": every item once, in creation order");
    }

    /** Pages 1 to {@code total_pages}, then one past the end, which answers no items. */
    private static void assertNumberedPages(String method, String path, String seeded,
            Function<Integer, SandboxClient.Response> page) {
        List<String> seen = new ArrayList<>();
        for (int number = 1; number <= PAGES + 1; number++) {
            JsonNode answer = check(method, path, page.apply(number));
            assertPages(path, answer, number);
            assertTrue(answer.at("/pages/next").isNull() || answer.at("/pages/next").isMissingNode(), path);
            List<String> ids = ids(answer, "data");
            assertEquals(number <= PAGES ? Math.min(PER_PAGE, ITEMS - (number - 1) * PER_PAGE) : 0, ids.size(),
                    path + " page " + number);
            seen.addAll(ids);
        }
        List<String> expected = new ArrayList<>(SEEDED.get(seeded));
        seen.sort(null);
        expected.sort(null);
        assertEquals(expected, seen, path + ": every item once");
    }

    private static void assertPages(String path, JsonNode answer, int number) {
        JsonNode pages = answer.get("pages");
        assertEquals("pages", pages.get("type").asText(), path);
        assertEquals(number, pages.get("page").asInt(), path);
        assertEquals(PER_PAGE, pages.get("per_page").asInt(), path);
        assertEquals(PAGES, pages.get("total_pages").asInt(), path);
        assertEquals(ITEMS, answer.get("total_count").asInt(), path);
    }

    private static JsonNode check(String method, String specPath, SandboxClient.Response response) {
        assertEquals(200, response.status(), () -> method + " " + specPath + ": " + response.body());
        List<String> violations = openApi.violations(openApi.responseSchema(method, specPath, 200), response.body());
        assertEquals(List.of(), violations, method + " " + specPath);
        return response.body();
    }

    private static List<String> ids(JsonNode answer, String field) {
        List<String> ids = new ArrayList<>();
        answer.get(field).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String numbered(int page) {
        return "?page=" + page + "&per_page=" + PER_PAGE;
    }

    private static String after(String cursor) {
        return cursor == null ? "" : "&starting_after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> search(String cursor) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("per_page", PER_PAGE);
        if (cursor != null) {
            pagination.put("starting_after", cursor);
        }
        return Map.of("query", Map.of("field", "created_at", "operator", ">", "value", 0), "pagination", pagination);
    }
}
