/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a search query against Intercom's grammar before it is sent: leaves of field, operator and value; groups of
 * {@code AND}/{@code OR} over at most 15 filters, nested at most two levels deep.
 */
final class SearchQueryValidator {

    private static final Set<String> LEAF_OPERATORS = Set.of("=", "!=", "IN", "NIN", ">", "<", ">=", "<=", "~", "!~", "^", "$");
    private static final Set<String> LIST_OPERATORS = Set.of("IN", "NIN");
    private static final int MAX_GROUP_SIZE = 15;
    private static final int MAX_GROUP_DEPTH = 2;

    private SearchQueryValidator() {
    }

    static void validate(JsonNode query, BodyRuleContext ctx) {
        check(query, "query", 0, ctx);
    }

    private static void check(JsonNode node, String at, int groupDepth, BodyRuleContext ctx) {
        if (node == null || !node.isObject()) {
            throw ctx.invalid(at, at + " must be an object with field, operator and value, or an AND/OR group");
        }
        String operator = node.path("operator").asText(null);
        if (operator == null) {
            throw ctx.invalid(at + ".operator", at + " has no operator");
        }
        JsonNode value = node.get("value");
        if ("AND".equals(operator) || "OR".equals(operator)) {
            if (groupDepth >= MAX_GROUP_DEPTH + 1) {
                throw ctx.invalid(at, "search groups nest at most " + MAX_GROUP_DEPTH + " levels deep");
            }
            if (value == null || !value.isArray() || value.isEmpty()) {
                throw ctx.invalid(at + ".value", "the " + operator + " group at " + at + " needs a non-empty array of filters");
            }
            if (value.size() > MAX_GROUP_SIZE) {
                throw ctx.invalid(at + ".value", "a search group holds at most " + MAX_GROUP_SIZE + " filters, but " + at
                                                 + " has " + value.size());
            }
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), at + ".value[" + i + "]", groupDepth + 1, ctx);
            }
            return;
        }
        if (!LEAF_OPERATORS.contains(operator)) {
            throw ctx.invalid(at + ".operator", "unknown search operator '" + operator + "' at " + at + "; valid: AND, OR, "
                                                + String.join(" ", LEAF_OPERATORS));
        }
        if (node.path("field").asText("").isBlank()) {
            throw ctx.invalid(at + ".field", at + " has no field");
        }
        if (value == null) {
            throw ctx.invalid(at + ".value", at + " has no value");
        }
        if (LIST_OPERATORS.contains(operator) != value.isArray()) {
            throw ctx.invalid(at + ".value", "operator " + operator + " at " + at
                                             + (value.isArray() ? " takes a single value, not an array" : " takes an array"));
        }
    }
}
