/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.camelintercom.component.model.IntercomObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every field of every model class has the type its schema in Intercom's description gives it ({@link ModelSchemas}
 * says which schema a class reads), so that a field cannot be typed {@code Long} where the description sends text.
 * A timestamp (an integer or string {@code date-time}, or a field named {@code *_at}) must be the model's one
 * timestamp type, an {@link Instant}: Intercom sends both forms, and the model reads either into it. An
 * {@code Instant} field may also stand for a plain integer or string the description does not mark as a time.
 */
class ModelSchemaTest {

    private static OpenApiDescription description;
    private static Path moduleDir;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        moduleDir = Path.of(ModelSchemaTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().getParent();
        Optional<Path> file = OpenApiDescription.locate(moduleDir);
        description = file.isPresent() ? OpenApiDescription.load(file.get()) : null;
    }

    @Test
    void everyModelFieldHasItsSchemasType() {
        if (description == null) {
            String why = "Intercom's description " + OpenApiDescription.LOCATION + " is in no directory above " + moduleDir;
            if ("true".equals(System.getenv("CI"))) {
                fail(why + ", and CI always has it beside the project");
            }
            assumeTrue(false, why);
        }
        ObjectMapper mapper = IntercomJson.mapper();
        Set<String> problems = new TreeSet<>();
        int checked = 0;
        for (Map.Entry<String, Class<? extends IntercomObject>> model : ModelSchemas.all().entrySet()) {
            JsonNode schema = description.schema(model.getKey());
            assertTrue(schema.isObject(), "no schema " + model.getKey());
            JavaType type = mapper.constructType(model.getValue());
            BeanDescription bean = mapper.getDeserializationConfig().introspect(type);
            for (BeanPropertyDefinition property : bean.findProperties()) {
                JsonNode declared = properties(schema).path(property.getName());
                if (declared.isMissingNode() || property.getRawPrimaryType() == null) {
                    continue;
                }
                checked++;
                String problem = mismatch(property.getName(), property.getRawPrimaryType(), description.resolve(declared));
                if (problem != null) {
                    problems.add(model.getValue().getSimpleName() + "." + property.getName() + " (" + model.getKey()
                                 + "): " + problem);
                }
            }
        }
        assertEquals(Set.of(), problems, "model fields whose type differs from the description's schema");
        assertTrue(checked > 50, "only " + checked + " fields checked");
    }

    private JsonNode properties(JsonNode schema) {
        JsonNode resolved = description.resolve(schema);
        if (resolved.has("properties")) {
            return resolved.get("properties");
        }
        for (JsonNode part : resolved.path("allOf")) {
            JsonNode props = properties(part);
            if (!props.isMissingNode()) {
                return props;
            }
        }
        return resolved.path("properties");
    }

    /** Why the Java type cannot hold what the schema declares, or null when it can. */
    private static String mismatch(String name, Class<?> java, JsonNode schema) {
        String type = schema.path("type").isArray() ? schema.get("type").get(0).asText() : schema.path("type").asText("");
        String format = schema.path("format").asText("");
        if (java == Object.class || JsonNode.class.isAssignableFrom(java) || type.isEmpty()) {
            return null;
        }
        boolean timestamp = format.equals("date-time") || format.equals("timestamp") || name.endsWith("_at");
        // a timestamp is an Instant; an Instant may also hold a string or integer the description leaves unmarked
        // (data event summaries' first and last: text, ISO 8601 in its examples)
        if (timestamp || java == Instant.class) {
            return java == Instant.class && (type.equals("integer") || type.equals("string")) ? null
                    : java.getSimpleName() + " for a " + type + (format.isEmpty() ? "" : " (" + format + ")")
                      + ": a timestamp is an Instant";
        }
        // ids are text in the model, whatever the description types them (API-DIGEST.md 2)
        if (java == String.class && type.equals("integer") && (name.equals("id") || name.endsWith("_id"))) {
            return null;
        }
        boolean ok = switch (type) {
            case "string" -> java == String.class || java.isEnum();
            case "integer" -> isWhole(java);
            case "number" -> isWhole(java) || java == Double.class || java == double.class || java == Float.class
                             || java == BigDecimal.class;
            case "boolean" -> java == Boolean.class || java == boolean.class;
            case "array" -> Collection.class.isAssignableFrom(java) || java.isArray();
            case "object" -> Map.class.isAssignableFrom(java) || IntercomObject.class.isAssignableFrom(java)
                             || !java.getName().startsWith("java.");
            default -> true;
        };
        return ok ? null : java.getSimpleName() + " cannot hold a " + type + (format.isEmpty() ? "" : " (" + format + ")");
    }

    private static boolean isWhole(Class<?> java) {
        return java == Long.class || java == long.class || java == Integer.class || java == int.class;
    }
}
