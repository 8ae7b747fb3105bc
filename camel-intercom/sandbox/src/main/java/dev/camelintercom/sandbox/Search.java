/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelintercom.sandbox.SearchSchema.Field;
import dev.camelintercom.sandbox.SearchSchema.Type;

/**
 * Runs one search request ({@code query}, {@code pagination: {per_page, starting_after}}, and for contacts
 * {@code sort: {field, order}}) over what the index shows, and answers the list in the endpoint's shape. A cursor in
 * the query string is not read, as Intercom ignores it too.
 */
final class Search {

    private Search() {
    }

    /** The list response: {@code {type: listType, <itemsField>: [...], total_count, pages}}. */
    static ObjectNode run(ObjectNode body, List<ObjectStore.Entry> indexed, SearchSchema schema, SearchOrder defaultOrder,
            int defaultPerPage, String listType, String itemsField, UnaryOperator<ObjectNode> render) {
        JsonNode query = body.get("query");
        if (query == null || query.isNull()) {
            throw SandboxError.missing("query");
        }
        Predicate<JsonNode> filter = SearchFilter.compile(query, schema);
        Pages.Order order = order(body.get("sort"), schema, defaultOrder);
        JsonNode pagination = body.path("pagination");
        int perPage = Pages.size(pagination.get("per_page"), defaultPerPage, Pages.MAX_PER_PAGE, "pagination.per_page");
        String startingAfter = SandboxJson.text(pagination, "starting_after");

        List<ObjectStore.Entry> matching = indexed.stream().filter(e -> filter.test(e.doc())).toList();
        return Pages.envelope(listType, itemsField, Pages.cursor(order.sort(matching), order, perPage, startingAfter), render);
    }

    private static Pages.Order order(JsonNode sort, SearchSchema schema, SearchOrder defaultOrder) {
        if (sort == null || sort.isNull()) {
            return new Pages.Order(SearchSchema.path(defaultOrder.field()), defaultOrder.ascending());
        }
        if (!schema.sortable()) {
            throw SandboxError.invalid("sort is not a parameter of " + schema.endpoint() + " in API 2.16");
        }
        String name = SandboxJson.text(sort, "field");
        if (name == null) {
            throw SandboxError.missing("sort.field");
        }
        Field field = schema.field(name);
        if (field.type() == Type.IDS || field.type() == Type.TOKENS) {
            throw SandboxError.invalid("cannot sort by " + field.name());
        }
        String direction = sort.hasNonNull("order") ? sort.get("order").asText() : "descending";
        if (!"ascending".equals(direction) && !"descending".equals(direction)) {
            throw new SandboxError(400, "invalid_sort_order",
                    "Invalid sort order '" + direction + "'. Must be one of: ascending, descending");
        }
        return new Pages.Order(field.value(), "ascending".equals(direction));
    }
}
