/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.camelintercom.generator.ApiFactsGenerator;

/**
 * Intercom's OpenAPI description of API 2.16, read from {@code shared/intercom-api/} beside the project (it is never
 * copied into it): its operations by method and path or by operationId, and their response examples.
 */
final class OpenApiDescription {

    static final String LOCATION = ApiFactsGenerator.LOCATION;

    private final JsonNode root;
    private final Map<String, JsonNode> byCall = new HashMap<>();
    private final Map<String, JsonNode> byOperationId = new HashMap<>();

    private OpenApiDescription(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().isObject() && method.getValue().has("responses")) {
                byCall.put(callKey(method.getKey(), path.getKey()), method.getValue());
                if (method.getValue().has("operationId")) {
                    byOperationId.put(method.getValue().get("operationId").asText(), method.getValue());
                }
            }
        }));
    }

    /** The description found in {@code start} or the nearest directory above it that has {@link #LOCATION}. */
    static Optional<Path> locate(Path start) {
        return ApiFactsGenerator.locate(start);
    }

    static OpenApiDescription load(Path file) throws IOException {
        return new OpenApiDescription(new YAMLMapper().readTree(file.toFile()));
    }

    /** The operation of a method and path; path variables match whatever their names. */
    Optional<JsonNode> operation(String method, String pathTemplate) {
        return Optional.ofNullable(byCall.get(callKey(method, pathTemplate)));
    }

    /** A schema of {@code components/schemas}, or a missing node. */
    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** The node a {@code $ref} points to, followed until it is not one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = root.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    Optional<JsonNode> operationById(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId));
    }

    /** The values of the JSON examples of a response, in the order the description lists them. */
    static List<JsonNode> examples(JsonNode operation, String status) {
        List<JsonNode> values = new ArrayList<>();
        operation.path("responses").path(status).path("content").path("application/json").path("examples")
                .forEach(example -> {
                    if (example.has("value")) {
                        values.add(example.get("value"));
                    }
                });
        return values;
    }

    private static String callKey(String method, String pathTemplate) {
        return method.toUpperCase(Locale.ROOT) + " " + pathTemplate.replaceAll("\\{[^}]+}", "{}");
    }
}
