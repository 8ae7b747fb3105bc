/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

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

    /** Whether the path holds a value that counts as given: not null, and not an empty string. */
    static boolean isPresent(ObjectNode root, String path) {
        JsonNode value = get(root, path);
        return value != null && !(value.isTextual() && value.asText().isBlank());
    }

    /** Sets the value, creating the objects on the way. */
    static void set(ObjectNode root, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = root;
        if (dot > 0) {
            for (String part : path.substring(0, dot).split("\\.")) {
                parent = parent.withObjectProperty(part);
            }
        }
        parent.set(path.substring(dot + 1), value);
    }
}
