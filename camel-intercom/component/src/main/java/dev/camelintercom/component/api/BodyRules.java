/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The body rules the operation table is written with.
 */
public final class BodyRules {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] CONTACT_KEYS = { "intercom_user_id", "user_id", "email" };

    private BodyRules() {
    }

    /** Always sends this value: the operation is defined by it (e.g. {@code message_type: close}). */
    public static BodyRule fixed(String field, String value) {
        return (body, ctx) -> JsonFields.set(body, field, TextNode.valueOf(value), ctx);
    }

    /** Sends this value unless the body has one. */
    public static BodyRule defaultValue(String field, Object value) {
        JsonNode node = toNode(value);
        return (body, ctx) -> {
            if (!JsonFields.isPresent(body, field)) {
                JsonFields.set(body, field, node.deepCopy(), ctx);
            }
        };
    }

    /** Takes the field from the parameter's header or endpoint option when the body lacks it. */
    public static BodyRule fill(String field, InputSource param) {
        return (body, ctx) -> {
            if (!JsonFields.isPresent(body, field)) {
                String value = ctx.headerOrOption(param);
                if (value != null && !value.isBlank()) {
                    JsonFields.set(body, field, TextNode.valueOf(value), ctx);
                }
            }
        };
    }

    /** Moves flat fields with a prefix into an object: {@code from_type, from_id} become {@code from: {type, id}}. */
    public static BodyRule nestPrefixed(String target, String prefix) {
        return (body, ctx) -> {
            for (String name : fieldNames(body)) {
                if (name.startsWith(prefix)) {
                    JsonFields.object(body, target, target, ctx).set(name.substring(prefix.length()), body.remove(name));
                }
            }
        };
    }

    /** Moves the named flat fields into an object: {@code email} becomes {@code customer: {email}}. */
    public static BodyRule nest(String target, String... fields) {
        return (body, ctx) -> {
            if (body.hasNonNull(target)) {
                JsonFields.object(body, target, target, ctx);
                return;
            }
            for (String field : fields) {
                if (body.has(field)) {
                    JsonFields.object(body, target, target, ctx).set(field, body.remove(field));
                }
            }
        };
    }

    /** Wraps a flat contact reference into a one-element list: {@code contact_id} becomes {@code contacts: [{id}]}. */
    public static BodyRule listOfOne(String target, Map<String, String> flatToInner) {
        return (body, ctx) -> {
            if (body.has(target)) {
                return;
            }
            for (Map.Entry<String, String> e : flatToInner.entrySet()) {
                if (JsonFields.isPresent(body, e.getKey())) {
                    ObjectNode item = JSON.objectNode();
                    item.set(e.getValue(), body.remove(e.getKey()));
                    body.set(target, JSON.arrayNode().add(item));
                    return;
                }
            }
        };
    }

    /**
     * Moves a field to another name or path, for flat shapes that name it otherwise ({@code tag_id} for a tag body's
     * {@code id}, {@code admin_id} for a message's {@code from.id}).
     */
    public static BodyRule rename(String from, String to) {
        return (body, ctx) -> {
            if (body.has(from) && !JsonFields.isPresent(body, to)) {
                JsonFields.set(body, to, body.remove(from), ctx);
            }
        };
    }

    /** Sends the fields as JSON strings where the API declares strings: no-code tools often send ids as numbers. */
    public static BodyRule text(String... fields) {
        return (body, ctx) -> {
            for (String field : fields) {
                JsonNode value = JsonFields.get(body, field);
                if (value != null && value.isNumber()) {
                    JsonFields.set(body, field, TextNode.valueOf(value.asText()), ctx);
                }
            }
        };
    }

    /** Rejects a field the operation does not take, rather than send what Intercom would drop. */
    public static BodyRule forbid(String field, String hint) {
        return (body, ctx) -> {
            if (body.has(field)) {
                throw ctx.invalid(field, "body field " + field + " is not taken by this operation; " + hint);
            }
        };
    }

    /** Sends the field as a JSON number where the API declares an integer; rejects what is not one. */
    public static BodyRule integer(String field) {
        return (body, ctx) -> {
            JsonNode value = JsonFields.get(body, field);
            if (value == null || value.isIntegralNumber()) {
                return;
            }
            String text = value.asText().trim();
            if (!value.isTextual() || !text.matches("-?\\d{1,18}")) {
                throw ctx.invalid(field, field + " must be an integer, but was " + value);
            }
            JsonFields.set(body, field, JSON.numberNode(Long.parseLong(text)), ctx);
        };
    }

    /** Each field must be given. */
    public static BodyRule require(String... fields) {
        return (body, ctx) -> {
            for (String field : fields) {
                if (!JsonFields.isPresent(body, field)) {
                    throw ctx.invalid(field, "body field " + field + " is required");
                }
            }
        };
    }

    /** A required field that a header or option may supply: the error says where. */
    public static BodyRule require(String field, InputSource param) {
        return (body, ctx) -> {
            if (!JsonFields.isPresent(body, field)) {
                String where = field.equals(param.bodyField()) ? param.sources() : "body field " + field + ", " + param.sources();
                throw ctx.invalid(field, field + " is required: set " + where);
            }
        };
    }

    /** At least one of the fields must be given. */
    public static BodyRule requireOneOf(String... fields) {
        return (body, ctx) -> {
            for (String field : fields) {
                if (JsonFields.isPresent(body, field)) {
                    return;
                }
            }
            throw ctx.invalid(fields[0], "one of the body fields " + String.join(", ", fields) + " is required");
        };
    }

    /** The fields are required when another field has a given value (an email message needs a subject). */
    public static BodyRule requireWhen(String field, String value, String... fields) {
        BodyRule inner = require(fields);
        return (body, ctx) -> {
            JsonNode actual = JsonFields.get(body, field);
            if (actual != null && value.equals(actual.asText())) {
                inner.apply(body, ctx);
            }
        };
    }

    /** The field may be left out, but not given as JSON null: a null is not the text or value the field takes. */
    public static BodyRule notNull(String field) {
        return (body, ctx) -> {
            if (JsonFields.isNull(body, field)) {
                throw ctx.invalid(field, "body field " + field + " may be left out, but not null");
            }
        };
    }

    /** The field, when given, must be one of the values (JSON null is none of them). */
    public static BodyRule oneOf(String field, String... values) {
        BodyRule notNull = notNull(field);
        return (body, ctx) -> {
            notNull.apply(body, ctx);
            JsonNode actual = JsonFields.get(body, field);
            if (actual != null && Arrays.stream(values).noneMatch(v -> v.equals(actual.asText()))) {
                throw ctx.invalid(field, field + " must be one of " + String.join(", ", values) + ", but was " + actual);
            }
        };
    }

    /** Sets a key on every object of an array field ({@code untag: true} on each company). */
    public static BodyRule markItems(String arrayField, String key, boolean value) {
        return (body, ctx) -> {
            JsonNode items = body.get(arrayField);
            if (items instanceof ArrayNode) {
                items.forEach(item -> {
                    if (item instanceof ObjectNode object) {
                        object.put(key, value);
                    }
                });
            }
        };
    }

    /** Fills a timestamp with the time the exchange was created, so that a redelivery sends the same value. */
    public static BodyRule defaultToExchangeCreated(String field) {
        return (body, ctx) -> {
            if (!JsonFields.isPresent(body, field)) {
                body.put(field, ctx.exchangeCreatedSeconds());
            }
        };
    }

    /**
     * Decides who writes a reply. A body naming a contact ({@code intercom_user_id}, {@code user_id} or {@code email})
     * is a contact's reply; otherwise an admin's, written by the admin of the header or option.
     */
    public static BodyRule replyAuthor() {
        return (body, ctx) -> {
            boolean byContact = Arrays.stream(CONTACT_KEYS).anyMatch(k -> JsonFields.isPresent(body, k))
                    || "user".equals(body.path("type").asText());
            if (byContact) {
                long identifiers = Arrays.stream(CONTACT_KEYS).filter(k -> JsonFields.isPresent(body, k)).count();
                if (identifiers > 1) {
                    throw ctx.invalid(CONTACT_KEYS[0], "a contact's reply names its author by one of "
                                                       + String.join(", ", CONTACT_KEYS) + ", not several");
                }
                JsonFields.set(body, "type", TextNode.valueOf("user"), ctx);
                defaultValue("message_type", "comment").apply(body, ctx);
                require("body").apply(body, ctx);
                requireOneOf(CONTACT_KEYS).apply(body, ctx);
            } else {
                JsonFields.set(body, "type", TextNode.valueOf("admin"), ctx);
                defaultValue("message_type", "comment").apply(body, ctx);
                fill("admin_id", InputSource.ADMIN_ID).apply(body, ctx);
                require("admin_id", InputSource.ADMIN_ID).apply(body, ctx);
                text("admin_id").apply(body, ctx);
                oneOf("message_type", "comment", "note", "quick_reply").apply(body, ctx);
                if (!"quick_reply".equals(body.path("message_type").asText())) {
                    require("body").apply(body, ctx);
                }
            }
        };
    }

    /**
     * A search body: Intercom's query grammar alone ({@code {"field", "operator", "value"}} or a nested
     * {@code AND}/{@code OR} group) is wrapped as {@code {"query": ...}}; a full {@code {"query", "sort",
     * "pagination"}} object is sent as given. The query is checked before it is sent.
     */
    public static BodyRule searchQuery() {
        return (body, ctx) -> {
            if (!body.has("query")) {
                if (body.isEmpty()) {
                    throw ctx.invalid("query", "a search query is required as the body");
                }
                ObjectNode query = body.deepCopy();
                body.removeAll();
                body.set("query", query);
            }
            SearchQueryValidator.validate(body.get("query"), ctx);
            if (body.hasNonNull("pagination")) {
                // where the pager puts per_page and starting_after
                JsonFields.object(body, "pagination", "pagination", ctx);
            }
        };
    }

    private static Iterable<String> fieldNames(ObjectNode body) {
        java.util.List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return JSON.numberNode(i);
        }
        if (value instanceof Long l) {
            return JSON.numberNode(l);
        }
        return TextNode.valueOf(String.valueOf(value));
    }
}
