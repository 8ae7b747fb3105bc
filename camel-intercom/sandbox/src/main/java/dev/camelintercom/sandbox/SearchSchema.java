/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * What one search endpoint accepts: its fields (each with a type and where its value sits in the object), which
 * operators each type takes, how dates compare (to the day in the workspace time zone for contacts, to the second
 * otherwise), whether {@code >}/{@code <} include the boundary, and whether {@code sort} is allowed.
 */
final class SearchSchema {

    enum Type { STRING, TOKENS, INTEGER, DATE, BOOLEAN, IDS, ANY }

    record Field(String name, Type type, Function<JsonNode, JsonNode> value) {
    }

    private static final Set<String> EQUALITY = Set.of("=", "!=", "IN", "NIN");
    private static final Set<String> TEXT = Set.of("=", "!=", "IN", "NIN", "~", "!~", "^", "$");
    private static final Set<String> RANGE = Set.of("=", "!=", "IN", "NIN", ">", "<");
    private static final Set<String> FULL_RANGE = Set.of("=", "!=", "IN", "NIN", ">", "<", ">=", "<=");
    private static final Set<String> ALL = Set.of("=", "!=", "IN", "NIN", ">", "<", ">=", "<=", "~", "!~", "^", "$");

    private final String endpoint;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<Type, Set<String>> operators;
    private final Map<String, Set<String>> fieldOperators = new LinkedHashMap<>();
    private final String customPrefix;
    private final ZoneId dayZone;
    private final boolean inclusiveRanges;
    private final boolean sortable;

    private SearchSchema(String endpoint, Map<Type, Set<String>> operators, String customPrefix, ZoneId dayZone,
                         boolean inclusiveRanges, boolean sortable) {
        this.endpoint = endpoint;
        this.operators = operators;
        this.customPrefix = customPrefix;
        this.dayZone = dayZone;
        this.inclusiveRanges = inclusiveRanges;
        this.sortable = sortable;
    }

    /** {@code /contacts/search}: dates to the day in the workspace zone, strict {@code >}/{@code <}, sortable. */
    static SearchSchema contacts(ZoneId zone) {
        SearchSchema s = new SearchSchema("/contacts/search", Map.of(Type.STRING, TEXT, Type.BOOLEAN, EQUALITY,
                Type.INTEGER, FULL_RANGE, Type.DATE, Set.of("=", "<", ">"), Type.IDS, Set.of("=", "!="), Type.ANY, ALL),
                "custom_attributes.", zone, false, true);
        s.add(Type.STRING, "id", "role", "name", "email", "email_domain", "phone", "external_id", "owner_id",
                "language_override", "browser", "browser_language", "os", "location.country", "location.region",
                "location.city");
        s.add(Type.DATE, "created_at", "updated_at", "signed_up_at", "last_seen_at", "last_contacted_at",
                "last_replied_at", "last_email_opened_at", "last_email_clicked_at");
        s.add(Type.BOOLEAN, "unsubscribed_from_emails", "marked_email_as_spam", "has_hard_bounced");
        s.add("tag_id", Type.IDS, ids("tags.data"));
        return s;
    }

    /** {@code /conversations/search}: dates to the second, no {@code sort}. */
    static SearchSchema conversations(boolean inclusiveRanges) {
        SearchSchema s = new SearchSchema("/conversations/search", Map.of(Type.STRING, TEXT, Type.TOKENS, TEXT,
                Type.BOOLEAN, EQUALITY, Type.INTEGER, RANGE, Type.DATE, RANGE, Type.IDS, EQUALITY, Type.ANY, ALL),
                "custom_attributes.", null, inclusiveRanges, false);
        s.add(Type.STRING, "id", "state", "priority", "source.type", "source.id", "source.delivered_as", "source.subject",
                "source.author.id", "source.author.type", "source.author.name", "source.author.email", "source.url");
        s.add(Type.TOKENS, "source.body");
        s.add(Type.DATE, "created_at", "updated_at", "waiting_since", "snoozed_until");
        s.add(Type.INTEGER, "admin_assignee_id", "team_assignee_id");
        s.add(Type.BOOLEAN, "open", "read");
        s.add("tag_ids", Type.IDS, ids("tags.tags"));
        s.add("contact_ids", Type.IDS, ids("contacts.contacts"));
        s.add("teammate_ids", Type.IDS, ids("teammates.teammates"));
        return s;
    }

    /** {@code /tickets/search}: like conversations; {@code created_at} also takes {@code >=}/{@code <=}. */
    static SearchSchema tickets(boolean inclusiveRanges) {
        SearchSchema s = new SearchSchema("/tickets/search", Map.of(Type.STRING, TEXT, Type.BOOLEAN, EQUALITY,
                Type.INTEGER, RANGE, Type.DATE, RANGE, Type.IDS, EQUALITY), null, null, inclusiveRanges, false);
        s.add(Type.STRING, "id");
        s.add("state", Type.STRING, path("ticket_state.category"));
        s.add("ticket_type_id", Type.STRING, path("ticket_type.id"));
        s.add("title", Type.STRING, path("ticket_attributes._default_title_"));
        s.add("description", Type.STRING, path("ticket_attributes._default_description_"));
        Map<String, String> categories = Map.of("Customer", "request", "Back-office", "task", "Tracker", "tracker");
        s.add("category", Type.STRING, t -> json(categories.get(t.path("category").asText())));
        s.add(Type.DATE, "created_at", "updated_at", "snoozed_until");
        s.add(Type.INTEGER, "admin_assignee_id", "team_assignee_id");
        s.add(Type.BOOLEAN, "open");
        s.add("contact_ids", Type.IDS, ids("contacts.contacts"));
        s.fieldOperators.put("created_at", FULL_RANGE);
        return s;
    }

    String endpoint() {
        return endpoint;
    }

    /** The field, or 400 for a field this endpoint does not search. */
    Field field(String name) {
        Field field = fields.get(name);
        if (field != null) {
            return field;
        }
        if (customPrefix != null && name.startsWith(customPrefix) && name.length() > customPrefix.length()) {
            return new Field(name, Type.ANY, path(name));
        }
        throw SandboxError.invalid("'" + name + "' is not a searchable field of " + endpoint);
    }

    boolean allows(Field field, String operator) {
        return fieldOperators.getOrDefault(field.name(), operators.getOrDefault(field.type(), Set.of())).contains(operator);
    }

    /** The zone whose midnights date filters round to, or null when dates compare to the second. */
    ZoneId dayZone() {
        return dayZone;
    }

    boolean inclusiveRanges() {
        return inclusiveRanges;
    }

    boolean sortable() {
        return sortable;
    }

    private void add(Type type, String... names) {
        for (String name : names) {
            add(name, type, path(name));
        }
    }

    private void add(String name, Type type, Function<JsonNode, JsonNode> value) {
        fields.put(name, new Field(name, type, value));
    }

    /** The value at a dotted path, or a missing node. */
    static Function<JsonNode, JsonNode> path(String dotted) {
        String[] steps = dotted.split("\\.");
        return doc -> {
            JsonNode node = doc;
            for (String step : steps) {
                node = node.path(step);
            }
            return node;
        };
    }

    /** The ids of the objects in the array at a dotted path. */
    private static Function<JsonNode, JsonNode> ids(String dotted) {
        Function<JsonNode, JsonNode> array = path(dotted);
        return doc -> {
            ArrayNode ids = SandboxJson.array();
            array.apply(doc).forEach(item -> ids.add(item.path("id").asText()));
            return ids;
        };
    }

    private static JsonNode json(String text) {
        return text == null ? MissingNode.getInstance() : SandboxJson.MAPPER.getNodeFactory().textNode(text);
    }
}
