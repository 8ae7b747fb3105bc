/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes fields of a JSON object by dotted path ({@code from.id}).
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The value at the path, or null when it is absent or JSON null. */
    static JsonNode get(ObjectNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** Whether the path holds JSON null (given as null, not left out). */
    static boolean isNull(ObjectNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node != null && node.isNull();
    }

    /** Whether the path holds a value that counts as given: not null, and not an empty string. */
    static boolean isPresent(ObjectNode root, String path) {
        JsonNode value = get(root, path);
        return value != null && !(value.isTextual() && value.asText().isBlank());
    }

    /**
     * Sets the value, creating the objects on the way; refuses a path through a field that holds something other than
     * an object ({@code "from": ""} where {@code from.id} goes).
     */
    static void set(ObjectNode root, String path, JsonNode value, BodyRuleContext ctx) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = root;
        if (dot > 0) {
            int from = 0;
            for (String part : path.substring(0, dot).split("\\.")) {
                from = path.indexOf('.', from) + 1;
                parent = object(parent, part, path.substring(0, from - 1), ctx);
            }
        }
        parent.set(path.substring(dot + 1), value);
    }

    /**
     * The object in the field, created when it is absent or null; a field that holds anything else is refused, with
     * the dotted path of the field ({@code at}) and the shape expected.
     */
    static ObjectNode object(ObjectNode parent, String field, String at, BodyRuleContext ctx) {
        JsonNode child = parent.get(field);
        if (child == null || child.isNull()) {
            return parent.putObject(field);
        }
        if (child instanceof ObjectNode object) {
            return object;
        }
        throw ctx.invalid(at, at + " must be a JSON object, but was a JSON " + child.getNodeType().name().toLowerCase(Locale.ROOT));
    }
}
