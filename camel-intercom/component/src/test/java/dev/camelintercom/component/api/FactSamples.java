/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConstants;

/** Values the description's checks accept, built from an operation's facts: the valid inputs of generated rows. */
final class FactSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FactSamples() {
    }

    /**
     * A valid message for a row, from its facts alone: each path id in its header (digits where the description
     * declares an integer), the required query parameters in {@code CamelIntercomQuery}, a body of the required fields.
     *
     * @param headers the message headers
     * @param query   the required query parameters, also in the headers
     * @param ids     the value given to each path variable
     * @param body    the body, or null where the operation sends none
     */
    record ValidMessage(Map<String, Object> headers, Map<String, String> query, Map<String, String> ids, ObjectNode body) {
    }

    static ValidMessage validMessage(OperationDefinition def) {
        ApiFacts.OperationFacts facts = def.facts();
        Map<String, Object> headers = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        facts.pathIds().forEach((name, id) -> {
            String value = id.digits() ? "123" : "id-1";
            headers.put(def.pathParams().get(name).header(), value);
            ids.put(name, value);
        });
        Map<String, String> query = new HashMap<>();
        facts.requiredQuery().forEach(name -> query.put(name, sampleText(facts.query().get(name))));
        if (!query.isEmpty()) {
            headers.put(IntercomConstants.QUERY, query);
        }
        return new ValidMessage(headers, query, ids, facts.body() == null ? null : (ObjectNode) sample(facts.body()));
    }

    /** A JSON answer the row reads: a list of one object where it returns a list, else one object. */
    static ObjectNode answer(OperationDefinition def) {
        ObjectNode object = NODES.objectNode().put("type", "thing").put("id", "1");
        return def.result() == OperationDefinition.Result.LIST
                ? NODES.objectNode().put("type", "list").set(def.itemsField(), NODES.arrayNode().add(object))
                : object;
    }

    /** A value the check accepts: the first of an enum, else one of the type, an object with its required fields. */
    static JsonNode sample(SchemaCheck check) {
        if (check.allowed() != null) {
            return NODES.textNode(check.allowed().iterator().next());
        }
        String type = check.types().isEmpty() ? "object" : check.types().iterator().next();
        return switch (type) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "string" -> NODES.textNode(sampleText(check));
            default -> {
                ObjectNode object = NODES.objectNode();
                check.required().forEach(f -> object.set(f, sample(check.properties().getOrDefault(f, SchemaCheck.of(null)))));
                yield object;
            }
        };
    }

    static String sampleText(SchemaCheck check) {
        if (check.allowed() != null) {
            return check.allowed().iterator().next();
        }
        if (check.types().contains("integer")) {
            return "1";
        }
        if (check.types().contains("boolean")) {
            return "true";
        }
        String format = check.format() == null ? "" : check.format();
        return switch (format) {
            case "date-time" -> "2026-01-01T00:00:00Z";
            case "date" -> "2026-01-01";
            case "email" -> "a@example.com";
            case "uri" -> "https://example.com/a";
            default -> "x";
        };
    }
}
