/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A listing of several pages in one of Intercom's paging styles, as WireMock plays it: the endpoint and message that
 * start it, and every page call in order. Each page is only answered to the exact request that must fetch it, so a
 * wrong or misplaced cursor ends in a 404 instead of a page (and never in the same page again, forever).
 *
 * @param name  what the listing shows
 * @param uri   the endpoint
 * @param body  the message body (a search query), or null
 * @param calls the pages in order
 */
record PagedListing(String name, String uri, String body, List<PageCall> calls) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGING_PARAMETERS = List.of("per_page", "starting_after", "page", "scroll_param");
    // opaque cursors as Intercom hands them out; '+', '/' and '=' must survive the query string
    private static final String CURSOR_2 = "WzE3MzQ1MzczNjAsIjY3NjIiLDJd+/=";
    private static final String CURSOR_4 = "WzE3MzQ1MzczNjAsIjY3NjQiLDRd+/=";
    private static final List<List<String>> CONTACTS = List.of(
            List.of("6762f0ad1bb69f9f2193bb01", "6762f0ad1bb69f9f2193bb02"),
            List.of("6762f0ad1bb69f9f2193bb03", "6762f0ad1bb69f9f2193bb04"),
            List.of("6762f0ad1bb69f9f2193bb05"));
    private static final String CONTACT_QUERY = "{\"field\":\"role\",\"operator\":\"=\",\"value\":\"user\"}";

    /**
     * One page.
     *
     * @param position   the {@code CamelIntercomPage} that asks for it: null for the first page
     * @param method     the method of the request that must fetch it
     * @param path       its path
     * @param query      its exact query
     * @param body       its exact JSON body, or null when it sends none
     * @param ids        the ids of the items on the page
     * @param totalCount the {@code total_count} the page reports, or null
     * @param response   what Intercom answers
     */
    record PageCall(String position, String method, String path, Map<String, String> query, JsonNode body, List<String> ids,
            Long totalCount, JsonNode response) {
    }

    static List<PagedListing> all() {
        return List.of(contactList(), contactSearch(), conversationSearch(), companyList(), companyScroll());
    }

    /** {@code GET /contacts?per_page=&starting_after=}. */
    static PagedListing contactList() {
        return new PagedListing("contact.list: cursor in the query", "intercom:contact?operation=list&perPage=2", null, List.of(
                new PageCall(null, "GET", "/contacts", Map.of("per_page", "2"), null, CONTACTS.get(0), 5L,
                        cursorPage("list", "data", "contact", CONTACTS.get(0), 1, 3, CURSOR_2, 5)),
                new PageCall(CURSOR_2, "GET", "/contacts", Map.of("per_page", "2", "starting_after", CURSOR_2), null,
                        CONTACTS.get(1), 5L, cursorPage("list", "data", "contact", CONTACTS.get(1), 2, 3, CURSOR_4, 5)),
                new PageCall(CURSOR_4, "GET", "/contacts", Map.of("per_page", "2", "starting_after", CURSOR_4), null,
                        CONTACTS.get(2), 5L, cursorPage("list", "data", "contact", CONTACTS.get(2), 3, 3, null, 5))));
    }

    /** {@code POST /contacts/search} with {@code pagination} in the body; the query string stays empty. */
    static PagedListing contactSearch() {
        return new PagedListing("contact.search: cursor in the body", "intercom:contact?operation=search&perPage=2",
                CONTACT_QUERY, List.of(
                        new PageCall(null, "POST", "/contacts/search", Map.of(), searchBody(CONTACT_QUERY, null), CONTACTS.get(0),
                                5L, cursorPage("list", "data", "contact", CONTACTS.get(0), 1, 3, CURSOR_2, 5)),
                        new PageCall(CURSOR_2, "POST", "/contacts/search", Map.of(), searchBody(CONTACT_QUERY, CURSOR_2),
                                CONTACTS.get(1), 5L, cursorPage("list", "data", "contact", CONTACTS.get(1), 2, 3, CURSOR_4, 5)),
                        new PageCall(CURSOR_4, "POST", "/contacts/search", Map.of(), searchBody(CONTACT_QUERY, CURSOR_4),
                                CONTACTS.get(2), 5L, cursorPage("list", "data", "contact", CONTACTS.get(2), 3, 3, null, 5))));
    }

    /** {@code POST /conversations/search}: a full search body, and a last page whose {@code next} is null. */
    static PagedListing conversationSearch() {
        String query = "{\"operator\":\"AND\",\"value\":[{\"field\":\"open\",\"operator\":\"=\",\"value\":true},"
                       + "{\"field\":\"updated_at\",\"operator\":\">\",\"value\":1734537000}]}";
        List<String> first = List.of("471", "472");
        List<String> last = List.of("473");
        ObjectNode lastPage = cursorPage("conversation.list", "conversations", "conversation", last, 2, 2, null, 3);
        ((ObjectNode) lastPage.get("pages")).putNull("next");
        return new PagedListing("conversation.search: cursor in the body", "intercom:conversation?operation=search&perPage=2",
                "{\"query\":" + query + "}", List.of(
                        new PageCall(null, "POST", "/conversations/search", Map.of(), searchBody(query, null), first, 3L,
                                cursorPage("conversation.list", "conversations", "conversation", first, 1, 2, CURSOR_2, 3)),
                        new PageCall(CURSOR_2, "POST", "/conversations/search", Map.of(), searchBody(query, CURSOR_2), last, 3L,
                                lastPage)));
    }

    /** {@code POST /companies/list?page=&per_page=} without a body, until {@code page == total_pages}. */
    static PagedListing companyList() {
        List<List<String>> ids = List.of(List.of("6762f0941bb69f9f2193bb21", "6762f0941bb69f9f2193bb22"),
                List.of("6762f0941bb69f9f2193bb23", "6762f0941bb69f9f2193bb24"), List.of("6762f0941bb69f9f2193bb25"));
        return new PagedListing("company.list: page numbers", "intercom:company?operation=list&perPage=2", null, List.of(
                new PageCall(null, "POST", "/companies/list", Map.of("per_page", "2"), null, ids.get(0), 5L,
                        numberedPage(ids.get(0), 1, 3, 5)),
                new PageCall("2", "POST", "/companies/list", Map.of("page", "2", "per_page", "2"), null, ids.get(1), 5L,
                        numberedPage(ids.get(1), 2, 3, 5)),
                new PageCall("3", "POST", "/companies/list", Map.of("page", "3", "per_page", "2"), null, ids.get(2), 5L,
                        numberedPage(ids.get(2), 3, 3, 5))));
    }

    /** {@code GET /companies/scroll?scroll_param=}, until a page comes back empty. */
    static PagedListing companyScroll() {
        List<String> first = List.of("6762f0971bb69f9f2193bb2b", "6762f0971bb69f9f2193bb2c");
        List<String> second = List.of("6762f0971bb69f9f2193bb2d");
        String param1 = "69352cd2-ab5b-42ac-b004-a13d4e55e9b0";
        String param2 = "8a1f04c3-5e2d-4c8b-9f00-2b7c1d9e6a11";
        String param3 = "c0e9a7d2-31f4-4b6e-8d15-7f2a9b3c4e50"; // never asked for: the empty page ends the scroll
        return new PagedListing("company.scroll: scroll parameter", "intercom:company?operation=scroll", null, List.of(
                new PageCall(null, "GET", "/companies/scroll", Map.of(), null, first, null, scrollPage(first, param1)),
                new PageCall(param1, "GET", "/companies/scroll", Map.of("scroll_param", param1), null, second, null,
                        scrollPage(second, param2)),
                new PageCall(param2, "GET", "/companies/scroll", Map.of("scroll_param", param2), null, List.of(), null,
                        scrollPage(List.of(), param3))));
    }

    /** Answers each page call to its exact request only: a paging parameter it does not expect makes a 404. */
    void stub() {
        Set<String> queryNames = new LinkedHashSet<>(PAGING_PARAMETERS);
        calls.forEach(call -> queryNames.addAll(call.query().keySet()));
        for (PageCall call : calls) {
            MappingBuilder mapping = request(call.method(), urlPathEqualTo(call.path()));
            for (String name : queryNames) {
                String value = call.query().get(name);
                mapping = mapping.withQueryParam(name, value == null ? absent() : equalTo(value));
            }
            if (call.body() != null) {
                mapping = mapping.withRequestBody(equalToJson(call.body().toString(), false, false));
            }
            stubFor(mapping.willReturn(okJson(call.response().toString())));
        }
    }

    /** Every id of the listing, in order. */
    List<String> allIds() {
        return calls.stream().flatMap(call -> call.ids().stream()).toList();
    }

    @Override
    public String toString() {
        return name;
    }

    private static ObjectNode cursorPage(String type, String itemsField, String itemType, List<String> ids, int page,
            int totalPages, String next, long total) {
        ObjectNode response = list(type, itemsField, itemType, ids);
        response.put("total_count", total);
        ObjectNode pages = response.putObject("pages").put("type", "pages").put("page", page).put("per_page", 2)
                .put("total_pages", totalPages);
        if (next != null) {
            pages.putObject("next").put("per_page", 2).put("starting_after", next);
        }
        return response;
    }

    private static ObjectNode numberedPage(List<String> ids, int page, int totalPages, long total) {
        ObjectNode response = list("list", "data", "company", ids);
        response.put("total_count", total);
        response.putObject("pages").put("type", "pages").put("page", page).put("per_page", 2).put("total_pages", totalPages);
        return response;
    }

    private static ObjectNode scrollPage(List<String> ids, String scrollParam) {
        ObjectNode response = list("list", "data", "company", ids);
        response.putNull("pages");
        response.putNull("total_count");
        response.put("scroll_param", scrollParam);
        return response;
    }

    private static ObjectNode list(String type, String itemsField, String itemType, List<String> ids) {
        ObjectNode response = JSON.createObjectNode().put("type", type);
        ArrayNode items = response.putArray(itemsField);
        ids.forEach(id -> items.addObject().put("type", itemType).put("id", id));
        return response;
    }

    private static JsonNode searchBody(String query, String startingAfter) {
        try {
            ObjectNode body = JSON.createObjectNode();
            body.set("query", JSON.readTree(query));
            ObjectNode pagination = body.putObject("pagination").put("per_page", 2);
            if (startingAfter != null) {
                pagination.put("starting_after", startingAfter);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
