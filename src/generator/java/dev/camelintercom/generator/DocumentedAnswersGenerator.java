/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads Intercom's OpenAPI description and writes, for every operation, its documented successful answer: method,
 * path, status, the content type when it is not JSON, and the body: the description's first example of the answer,
 * or, where it gives none, one built from the answer's schema (the schema's own examples, else a value of each
 * property's type). Where an example contradicts its schema (a string where the schema has an object, a null where
 * it allows none, a number where it has a string), the schema wins, as SPEC-NOTES.md says: the value is built from the
 * schema, or the number written as a string. The sandbox answers the operations it does not keep with these; the build checks that the
 * committed file is what this writes from the description.
 */
public final class DocumentedAnswersGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Answers built from a schema stop nesting here (a conversation holds parts holding authors...). */
    private static final int MAX_DEPTH = 5;

    private final JsonNode root;

    private DocumentedAnswersGenerator(JsonNode root) {
        this.root = root;
    }

    public static DocumentedAnswersGenerator load(Path description) throws IOException {
        return new DocumentedAnswersGenerator(ApiFactsGenerator.read(description));
    }

    /** The answers as JSON, sorted by path and method. */
    public String answersJson() throws IOException {
        ObjectNode out = JSON.objectNode();
        String version = root.path("info").path("version").asText();
        out.put("description", "The documented successful answer of every operation of Intercom's API " + version
                               + ", generated from its OpenAPI description by DocumentedAnswersGenerator.");
        out.put("version", version);
        List<ObjectNode> answers = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (ApiFactsGenerator.METHODS.contains(m.getKey()) && m.getValue().has("responses")) {
                answers.add(answer(m.getKey().toUpperCase(Locale.ROOT), path.getKey(), m.getValue()));
            }
        }));
        ArrayNode array = out.putArray("answers");
        answers.stream().sorted(Comparator.comparing((ObjectNode a) -> a.get("path").asText())
                .thenComparing(a -> a.get("method").asText())).forEach(array::add);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    }

    private ObjectNode answer(String method, String path, JsonNode op) {
        ObjectNode out = JSON.objectNode();
        out.put("method", method);
        out.put("path", path);
        for (Map.Entry<String, JsonNode> response : (Iterable<Map.Entry<String, JsonNode>>) op.path("responses")::fields) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            out.put("status", Integer.parseInt(response.getKey()));
            JsonNode content = ApiFactsGenerator.resolve(root, response.getValue()).path("content");
            if (!content.fieldNames().hasNext()) {
                return out;
            }
            String type = content.fieldNames().next();
            if (!type.equals("application/json")) {
                out.put("contentType", type);
                return out;
            }
            JsonNode media = content.get(type);
            JsonNode examples = media.path("examples");
            JsonNode example = examples.fieldNames().hasNext()
                    ? ApiFactsGenerator.resolve(root, examples.elements().next()).path("value") : media.get("example");
            if (example != null && !example.isMissingNode()) {
                out.put("source", "example");
                out.set("body", media.has("schema") ? conform(example.deepCopy(), media.get("schema"), 0) : example);
            } else if (media.has("schema")) {
                out.put("source", "schema");
                out.set("body", build(media.get("schema"), 0, new HashSet<>()));
            }
            return out;
        }
        return out;
    }

    /** The example with each value its schema contradicts replaced (objects and arrays are edited in place). */
    private JsonNode conform(JsonNode example, JsonNode schema, int depth) {
        JsonNode resolved = single(schema);
        if (depth > MAX_DEPTH || resolved.has("oneOf") || resolved.has("anyOf")) {
            return example;
        }
        String type = typeOf(resolved);
        if (example.isNull()) {
            boolean nullable = schema.path("nullable").asBoolean() || resolved.path("nullable").asBoolean()
                               || type.isEmpty() || resolved.path("type").toString().contains("\"null\"");
            return nullable ? example : build(schema, depth, new HashSet<>());
        }
        switch (type) {
            case "object" -> {
                if (!example.isObject()) {
                    return build(schema, depth, new HashSet<>());
                }
                ObjectNode object = (ObjectNode) example;
                Map<String, JsonNode> properties = properties(resolved);
                JsonNode additional = resolved.path("additionalProperties");
                List.copyOf(object.properties()).forEach(field -> {
                    JsonNode property = properties.getOrDefault(field.getKey(), additional.isObject() ? additional : null);
                    if (property != null) {
                        object.set(field.getKey(), conform(field.getValue(), property, depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                if (!example.isArray()) {
                    return build(schema, depth, new HashSet<>());
                }
                ArrayNode array = (ArrayNode) example;
                for (int i = 0; i < array.size() && resolved.has("items"); i++) {
                    array.set(i, conform(array.get(i), resolved.get("items"), depth + 1));
                }
                return array;
            }
            case "string" -> {
                return example.isContainerNode() ? build(schema, depth, new HashSet<>())
                        : example.isTextual() ? example : JSON.textNode(example.asText());
            }
            case "integer", "number", "boolean" -> {
                return example.isContainerNode() ? build(schema, depth, new HashSet<>()) : example;
            }
            default -> {
                return example;
            }
        }
    }

    /** The schema with its references and a single {@code oneOf}/{@code anyOf}/{@code allOf} around one followed. */
    private JsonNode single(JsonNode schema) {
        JsonNode resolved = ApiFactsGenerator.resolve(root, schema);
        for (String key : List.of("oneOf", "anyOf", "allOf")) {
            if (resolved.path(key).size() == 1) {
                return single(resolved.get(key).get(0));
            }
        }
        return resolved;
    }

    /** The properties of an object schema, those of every part of an {@code allOf} included. */
    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
        schema.path("allOf").forEach(part -> properties.putAll(properties(single(part))));
        return properties;
    }

    private static String typeOf(JsonNode schema) {
        return ApiFactsGenerator.typeOf(schema, schema.has("properties") || schema.has("allOf") ? "object" : "");
    }

    /** A value of the schema: its example where it has one, else one built from its type and properties. */
    private JsonNode build(JsonNode schema, int depth, Set<String> refs) {
        String ref = schema.path("$ref").asText(null);
        if (ref != null) {
            if (refs.contains(ref) || depth > MAX_DEPTH) {
                return JSON.nullNode();
            }
            Set<String> inner = new HashSet<>(refs);
            inner.add(ref);
            return build(ApiFactsGenerator.resolve(root, schema), depth, inner);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        for (String key : List.of("oneOf", "anyOf")) {
            if (!schema.path(key).isEmpty()) {
                return build(schema.get(key).get(0), depth, refs);
            }
        }
        if (!schema.path("allOf").isEmpty()) {
            ObjectNode merged = JSON.objectNode();
            schema.get("allOf").forEach(part -> {
                JsonNode built = build(part, depth, refs);
                if (built.isObject()) {
                    merged.setAll((ObjectNode) built);
                }
            });
            return merged;
        }
        String type = typeOf(schema);
        return switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth < MAX_DEPTH) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            build(p.getValue(), depth + 1, refs)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (schema.has("items") && depth < MAX_DEPTH) {
                    array.add(build(schema.get("items"), depth + 1, refs));
                }
                yield array;
            }
            case "integer" -> JSON.numberNode(1);
            case "number" -> JSON.numberNode(1.5);
            case "boolean" -> JSON.booleanNode(true);
            case "null" -> JSON.nullNode();
            default -> JSON.textNode("string");
        };
    }
}
