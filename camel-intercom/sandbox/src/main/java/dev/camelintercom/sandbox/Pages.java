/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Paging of lists and search results. Cursor paging is stateless, like Intercom's: {@code starting_after} encodes the
 * sort key of the last item returned (and the page number), and the next page holds the items ordered after it at the
 * time of that request. An item changed between two requests may therefore move across the cursor; an item never
 * appears twice within one pass over an order that does not change, and none is skipped. Page-number paging (companies,
 * notes, a contact's companies, a company's contacts) counts from 1, answers no items past the end and never fills
 * {@code pages.next}: callers loop while {@code page < total_pages}.
 */
final class Pages {

    /** The largest page of any cursor-paged list or search. */
    static final int MAX_PER_PAGE = 150;

    /** An order over entries: by a value of the document (none: creation order only), then by creation order. */
    record Order(Function<JsonNode, JsonNode> value, boolean ascending) {

        static Order creation() {
            return new Order(null, true);
        }

        JsonNode keyOf(JsonNode doc) {
            return value == null ? SandboxJson.MAPPER.nullNode() : value.apply(doc);
        }

        int compare(JsonNode valueA, long seqA, JsonNode valueB, long seqB) {
            int byValue = compareValues(valueA, valueB);
            return byValue != 0 ? (ascending ? byValue : -byValue) : Long.compare(seqA, seqB);
        }

        List<ObjectStore.Entry> sort(List<ObjectStore.Entry> entries) {
            List<ObjectStore.Entry> sorted = new ArrayList<>(entries);
            sorted.sort((a, b) -> compare(keyOf(a.doc()), a.seq(), keyOf(b.doc()), b.seq()));
            return sorted;
        }
    }

    /** A page: its items (in order), the {@code pages} block and the count of all items. */
    record Slice(List<ObjectNode> items, ObjectNode pages, int totalCount) {
    }

    private Pages() {
    }

    /** The page after the cursor ({@code null}: the first) of entries already sorted by {@code order}. */
    static Slice cursor(List<ObjectStore.Entry> sorted, Order order, int perPage, String startingAfter) {
        int page = 1;
        int start = 0;
        if (startingAfter != null) {
            ArrayNode cursor = decode(startingAfter);
            page = cursor.get(0).asInt() + 1;
            JsonNode value = cursor.get(1);
            long seq = cursor.get(2).asLong();
            while (start < sorted.size()
                   && order.compare(order.keyOf(sorted.get(start).doc()), sorted.get(start).seq(), value, seq) <= 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + perPage);
        List<ObjectNode> items = new ArrayList<>();
        sorted.subList(start, end).forEach(e -> items.add(e.doc().deepCopy()));
        ObjectNode pages = pagesBlock(page, perPage, sorted.size());
        if (end < sorted.size()) {
            ObjectStore.Entry last = sorted.get(end - 1);
            ArrayNode cursor = SandboxJson.array().add(page).add(order.keyOf(last.doc())).add(last.seq());
            pages.putObject("next").put("per_page", perPage).put("starting_after", encode(cursor));
        }
        return new Slice(items, pages, sorted.size());
    }

    /**
     * A list endpoint ({@code GET /contacts}, {@code GET /conversations}): creation order, {@code per_page} and
     * {@code starting_after} in the query string.
     */
    static ObjectNode cursorList(List<ObjectStore.Entry> entries, SandboxRouter.Request request, int defaultPerPage,
            String type, String itemsField, UnaryOperator<ObjectNode> render) {
        int perPage = size(request.queryNode("per_page"), defaultPerPage, MAX_PER_PAGE, "per_page");
        return envelope(type, itemsField, cursor(entries, Order.creation(), perPage, request.query("starting_after")), render);
    }

    /** {@code {type, <itemsField>: [...], total_count, pages}}. */
    static ObjectNode envelope(String type, String itemsField, Slice slice, UnaryOperator<ObjectNode> render) {
        ObjectNode list = SandboxJson.object().put("type", type);
        ArrayNode items = list.putArray(itemsField);
        slice.items().forEach(item -> items.add(render.apply(item)));
        list.put("total_count", slice.totalCount());
        list.set("pages", slice.pages());
        return list;
    }

    /** Page {@code page} (from 1) of sorted entries. */
    static Slice numbered(List<ObjectStore.Entry> sorted, int page, int perPage) {
        return numberedItems(sorted.stream().map(ObjectStore.Entry::doc).toList(), page, perPage);
    }

    /** Page {@code page} (from 1) of items in their order: empty past the end. */
    static Slice numberedItems(List<ObjectNode> ordered, int page, int perPage) {
        int start = (int) Math.min(ordered.size(), (long) (page - 1) * perPage);
        int end = Math.min(ordered.size(), start + perPage);
        List<ObjectNode> items = new ArrayList<>();
        ordered.subList(start, end).forEach(item -> items.add(item.deepCopy()));
        ObjectNode pages = pagesBlock(page, perPage, ordered.size());
        pages.putNull("next");
        return new Slice(items, pages, ordered.size());
    }

    /**
     * A list by page number, {@code page} (from 1) and {@code per_page} (1 to {@link #MAX_PER_PAGE}) in the query:
     * {@code {type: list, data: [...], total_count, pages}}, as 2.16 answers a contact's notes and companies.
     */
    static ObjectNode numberedList(List<ObjectNode> ordered, SandboxRouter.Request request, int defaultPerPage) {
        int page = size(request.queryNode("page"), 1, Integer.MAX_VALUE, "page");
        int perPage = size(request.queryNode("per_page"), defaultPerPage, MAX_PER_PAGE, "per_page");
        return envelope("list", "data", numberedItems(ordered, page, perPage), UnaryOperator.identity());
    }

    /** A page size given as a number or digits, {@code defaultSize} when absent, else 1 to {@code max}. */
    static int size(JsonNode raw, int defaultSize, int max, String name) {
        if (raw == null || raw.isNull() || raw.isMissingNode()) {
            return defaultSize;
        }
        Long size = SandboxJson.number(raw);
        if (size == null || size < 1 || size > max) {
            throw SandboxError.invalid(name + " must be an integer from 1 to " + max + ", not " + raw);
        }
        return size.intValue();
    }

    static int compareValues(JsonNode a, JsonNode b) {
        boolean aAbsent = a == null || a.isNull() || a.isMissingNode();
        boolean bAbsent = b == null || b.isNull() || b.isMissingNode();
        if (aAbsent || bAbsent) {
            return Boolean.compare(!aAbsent, !bAbsent);
        }
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.asText().compareTo(b.asText());
    }

    private static ObjectNode pagesBlock(int page, int perPage, int total) {
        return SandboxJson.object().put("type", "pages").put("page", page).put("per_page", perPage)
                .put("total_pages", (total + perPage - 1) / perPage);
    }

    private static String encode(ArrayNode cursor) {
        return Base64.getEncoder().encodeToString(SandboxJson.write(cursor).getBytes(StandardCharsets.UTF_8));
    }

    private static ArrayNode decode(String cursor) {
        try {
            JsonNode node = SandboxJson.MAPPER.readTree(Base64.getDecoder().decode(cursor));
            if (node instanceof ArrayNode array && array.size() == 3 && array.get(0).canConvertToInt()
                && array.get(2).canConvertToLong()) {
                return array;
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            // answered below
        }
        throw SandboxError.invalid("starting_after is not a cursor this API returned: " + cursor);
    }
}
