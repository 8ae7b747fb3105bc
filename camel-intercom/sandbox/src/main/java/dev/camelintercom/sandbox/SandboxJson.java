/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON helpers of the sandbox: one mapper, node builders, lenient readers of request fields, and edits of the lists
 * of {@code {id, ...}} items that documents embed.
 */
final class SandboxJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx")
            .withZone(ZoneOffset.UTC);

    private SandboxJson() {
    }

    /**
     * A Unix second as Intercom writes a time in ISO 8601 ({@code 2026-01-10T04:22:28.000+00:00}): in contact and
     * company notifications and in data event summaries, where the REST API otherwise answers Unix seconds.
     */
    static String isoTime(long epochSecond) {
        return ISO_TIME.format(Instant.ofEpochSecond(epochSecond));
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A request body given as a map (seed methods) as the node the HTTP layer would have parsed. */
    static ObjectNode fromMap(Map<String, ?> fields) {
        return fields == null ? object() : MAPPER.valueToTree(fields);
    }

    static ObjectNode parseObject(String json) {
        if (json == null || json.isBlank()) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // answered below
        }
        throw new SandboxError(400, "bad_request", "The request body is not a JSON object");
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A text field, or null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    static String requireText(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            throw SandboxError.missing(field);
        }
        return text;
    }

    /** An integer given as a number or as digits, as Intercom accepts both for ids and timestamps. */
    static Long number(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asText());
        }
        return null;
    }

    /** An integer field, null when absent; 400 when it holds something else. */
    static Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        Long number = number(value);
        if (number == null) {
            throw SandboxError.invalid(field + " must be an integer, not " + value);
        }
        return number;
    }

    /** Whether one of the items has this {@code id}. */
    static boolean contains(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Removes the item with this {@code id}; whether there was one. */
    static boolean removeFromList(ArrayNode items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText())) {
                items.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Adds a reference {@code {type, id, url}} to the owner's {@code {data, total_count}} list unless it is there. */
    static boolean addToSubList(ObjectNode owner, String field, String type, String id, String url) {
        ObjectNode list = (ObjectNode) owner.get(field);
        ArrayNode data = (ArrayNode) list.get("data");
        if (contains(data, id)) {
            return false;
        }
        data.add(object().put("type", type).put("id", id).put("url", url));
        list.put("total_count", data.size());
        return true;
    }

    /** Merges {@code values} into the owner's object field; 400 when they are not an object. */
    static void mergeObject(ObjectNode owner, String field, JsonNode values) {
        if (!values.isObject()) {
            throw SandboxError.invalid(field + " must be an object");
        }
        ((ObjectNode) owner.get(field)).setAll((ObjectNode) values.deepCopy());
    }

    /** 400 unless the field holds this value. */
    static void requireValue(JsonNode body, String field, String expected) {
        if (!expected.equals(text(body, field))) {
            throw SandboxError.invalid(field + " must be " + expected);
        }
    }
}
