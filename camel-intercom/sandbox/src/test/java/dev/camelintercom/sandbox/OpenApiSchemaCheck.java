/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A small checker of JSON against the response schemas of an OpenAPI 3.0 description: {@code $ref}, {@code type},
 * {@code nullable} (also beside a {@code $ref}), {@code enum}, {@code required}, {@code properties},
 * {@code additionalProperties}, {@code items}, {@code allOf}, and {@code oneOf}/{@code anyOf} (one alternative must
 * fit; "exactly one" is not checked). Formats and lengths are not checked. Undeclared properties are allowed, as
 * the description does not close its objects.
 */
final class OpenApiSchemaCheck {

    /** Where the description sits relative to an ancestor of the module directory. */
    static final String LOCATION = "shared/intercom-api/openapi-2.16.yaml";

    private final JsonNode description;

    private OpenApiSchemaCheck(JsonNode description) {
        this.description = description;
    }

    static OpenApiSchemaCheck load(Path file) throws IOException {
        return new OpenApiSchemaCheck(new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file)));
    }

    /** The description found from {@code start} or one of its ancestors, or null. */
    static Path locate(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LOCATION);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The JSON schema of an operation's response, or an exception naming what is missing. */
    JsonNode responseSchema(String method, String path, int status) {
        JsonNode schema = description.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT))
                .path("responses").path(Integer.toString(status)).path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("the description has no JSON " + status + " response for " + method + " " + path);
        }
        return schema;
    }

    JsonNode componentSchema(String name) {
        JsonNode schema = description.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no schema " + name);
        }
        return schema;
    }

    /** Every way {@code value} breaks {@code schema}, each as "path: problem". */
    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> violations = new ArrayList<>();
        check(schema, value, "$", violations);
        return violations;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> out) {
        boolean nullable = schema.path("nullable").asBoolean(false);
        JsonNode resolved = resolve(schema);
        if (value == null || value.isNull()) {
            if (!nullable && !resolved.path("nullable").asBoolean(false) && !untyped(resolved)) {
                out.add(at + ": null where the description does not allow it");
            }
            return;
        }
        for (JsonNode part : resolved.path("allOf")) {
            check(part, value, at, out);
        }
        for (String choice : new String[] { "oneOf", "anyOf" }) {
            if (resolved.has(choice) && !fitsOne(resolved.get(choice), value, at)) {
                out.add(at + ": fits none of the " + choice + " alternatives");
            }
        }
        String type = resolved.path("type").asText(null);
        if (type != null && !hasType(value, type)) {
            out.add(at + ": expected " + type + " but was " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return;
        }
        if (resolved.has("enum") && !contains(resolved.get("enum"), value)) {
            out.add(at + ": " + value + " is not one of " + resolved.get("enum"));
        }
        for (JsonNode required : resolved.path("required")) {
            if (value.isObject() && !value.has(required.asText())) {
                out.add(at + ": required property " + required.asText() + " is missing");
            }
        }
        if (value.isObject()) {
            checkProperties(resolved, value, at, out);
        }
        if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(resolved.get("items"), value.get(i), at + "[" + i + "]", out);
            }
        }
    }

    private void checkProperties(JsonNode schema, JsonNode value, String at, List<String> out) {
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode declared = properties.get(field.getKey());
            if (declared != null) {
                check(declared, field.getValue(), at + "." + field.getKey(), out);
            } else if (additional.isObject()) {
                check(additional, field.getValue(), at + "." + field.getKey(), out);
            }
        }
    }

    private boolean fitsOne(JsonNode alternatives, JsonNode value, String at) {
        for (JsonNode alternative : alternatives) {
            List<String> errors = new ArrayList<>();
            check(alternative, value, at, errors);
            if (errors.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            current = description.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("unresolvable reference " + ref);
            }
        }
        return current;
    }

    /** A schema with no type of its own (a bare {@code anyOf} or {@code {}}) admits null through its alternatives. */
    private boolean untyped(JsonNode schema) {
        if (schema.has("type")) {
            return false;
        }
        for (String choice : new String[] { "oneOf", "anyOf" }) {
            for (JsonNode alternative : schema.path(choice)) {
                JsonNode resolved = resolve(alternative);
                if (alternative.path("nullable").asBoolean(false) || resolved.path("nullable").asBoolean(false)) {
                    return true;
                }
            }
        }
        return !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf") && !schema.has("properties");
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value) || (allowed.isValueNode() && value.isValueNode() && allowed.asText().equals(value.asText()))) {
                return true;
            }
        }
        return false;
    }
}
