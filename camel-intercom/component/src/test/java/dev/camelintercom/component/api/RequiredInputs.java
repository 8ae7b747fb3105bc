/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConstants;

/**
 * A message for a generated row with the inputs Intercom's description marks required, and nothing else: each path id
 * in its header, the required query parameters in the {@code CamelIntercomQuery} header, a JSON body of the required
 * fields with a value each accepts; and an answer the row reads. For the tests that send every operation.
 */
public final class RequiredInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The message's headers, body (null when the operation takes none), the path it should reach and its required
     * query parameters.
     */
    public record Message(Map<String, Object> headers, ObjectNode body, String path, Map<String, String> query) {
    }

    private RequiredInputs() {
    }

    /**
     * The message for the row.
     *
     * @param ids the value of a path id by its input name ({@code contact_id}), or null for a made-up one
     */
    public static Message of(OperationDefinition def, Function<String, String> ids) {
        ApiFacts.OperationFacts facts = def.facts();
        Map<String, Object> headers = new HashMap<>();
        String path = facts.path();
        for (Map.Entry<String, ApiFacts.PathId> id : facts.pathIds().entrySet()) {
            String given = ids.apply(id.getValue().input());
            String value = given != null ? given : id.getValue().digits() ? "123" : "id-1";
            headers.put(def.pathParams().get(id.getKey()).header(), value);
            path = path.replace("{" + id.getKey() + "}", value);
        }
        Map<String, String> query = new HashMap<>();
        facts.requiredQuery().forEach(name -> query.put(name, sampleText(facts.query().get(name))));
        if (!query.isEmpty()) {
            headers.put(IntercomConstants.QUERY, query);
        }
        ObjectNode body = facts.body() == null ? null : (ObjectNode) sample(facts.body());
        return new Message(headers, body, path, query);
    }

    /** A JSON answer the row reads: a list of one object where it returns a list, else one object. */
    public static ObjectNode answer(OperationDefinition def) {
        ObjectNode object = NODES.objectNode().put("type", "thing").put("id", "1");
        return def.result() == OperationDefinition.Result.LIST
                ? NODES.objectNode().put("type", "list").set(def.itemsField(), NODES.arrayNode().add(object))
                : object;
    }

    /** A value the check accepts: the first of an enum, else one of the type, an object with its required fields. */
    private static JsonNode sample(SchemaCheck check) {
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

    private static String sampleText(SchemaCheck check) {
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
