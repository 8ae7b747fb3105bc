/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What Intercom's description says a value may be (from the generated facts, compiled once when the table loads):
 * its JSON types, enum, format, required fields, and the same of its fields and items. A check runs on the body as it
 * will be sent, after the hand-written rules, and names the field, the operation and what is allowed.
 * <p>
 * Where the text of a value is unambiguous it is sent as the declared type, as no-code tools send it otherwise: a
 * number where a string is declared (ids), digits where an integer is, {@code true}/{@code false} where a boolean is.
 * Anything else of the wrong type is refused, and so is JSON null where the description does not allow it (where it
 * does, Intercom clears the field with it). Formats checked: {@code date-time} and {@code date} of strings,
 * {@code email}, {@code uri}; not {@code uuid}, which the description gives to contact ids that are not UUIDs
 * (SPEC-NOTES.md).
 */
public final class SchemaCheck {

    /** The JSON types of the description. */
    enum Type { STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d+)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final SchemaCheck ANY = new SchemaCheck(EnumSet.noneOf(Type.class), true, null, null, List.of(), Map.of(), null);

    private final Set<Type> types;
    private final boolean nullable;
    private final String format;
    private final Set<String> allowed;
    private final List<String> required;
    private final Map<String, SchemaCheck> properties;
    private final SchemaCheck items;

    private SchemaCheck(Set<Type> types, boolean nullable, String format, Set<String> allowed, List<String> required,
                        Map<String, SchemaCheck> properties, SchemaCheck items) {
        this.types = types;
        this.nullable = nullable;
        this.format = format;
        this.allowed = allowed;
        this.required = required;
        this.properties = properties;
        this.items = items;
    }

    /** The check of a schema in the facts' form ({@code types}, {@code format}, {@code enum}, ...). */
    static SchemaCheck of(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || schema.isEmpty()) {
            return ANY;
        }
        Set<Type> types = EnumSet.noneOf(Type.class);
        boolean[] nullable = {!schema.has("types")};
        schema.path("types").forEach(t -> {
            if ("null".equals(t.asText())) {
                nullable[0] = true;
            } else {
                types.add(Type.valueOf(t.asText().toUpperCase(Locale.ROOT)));
            }
        });
        Set<String> allowed = null;
        if (schema.has("enum")) {
            allowed = new LinkedHashSet<>();
            for (JsonNode value : schema.get("enum")) {
                allowed.add(value.asText());
            }
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Map<String, SchemaCheck> properties = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), of(p.getValue())));
        String format = schema.path("format").asText(null);
        return new SchemaCheck(types, nullable[0], format, allowed == null ? null : Collections.unmodifiableSet(allowed),
                List.copyOf(required), Collections.unmodifiableMap(properties),
                schema.has("items") ? of(schema.get("items")) : null);
    }

    /** The fields the description requires, in its order. */
    public List<String> required() {
        return required;
    }

    /** The checks of the fields the description names. */
    public Map<String, SchemaCheck> properties() {
        return properties;
    }

    /** The allowed values, or null when any value of the type is. */
    public Set<String> allowed() {
        return allowed;
    }

    /** The declared JSON types (lower case), empty when any type is accepted. */
    public Set<String> types() {
        Set<String> names = new LinkedHashSet<>();
        types.forEach(t -> names.add(t.name().toLowerCase(Locale.ROOT)));
        return names;
    }

    public String format() {
        return format;
    }

    /** Checks a whole body; values sent as their declared type are replaced in place. */
    void checkBody(ObjectNode body, Set<String> skipped, BodyRuleContext ctx) {
        checkFields(body, "", skipped, ctx);
    }

    /**
     * Checks a query parameter's value (always text in a URL): an integer's digits, a boolean's true/false, an enum's
     * values. Returns the value to send.
     */
    String checkQuery(String name, String value, BodyRuleContext ctx) {
        JsonNode checked = check(TextNode.valueOf(value), "query parameter " + name, name, ctx);
        return checked.asText();
    }

    private void checkFields(ObjectNode object, String prefix, Set<String> skipped, BodyRuleContext ctx) {
        for (String field : required) {
            JsonNode value = object.get(field);
            if (value == null || value.isNull()) {
                throw ctx.invalid(prefix + field, "body field " + prefix + field + " is required");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            SchemaCheck check = properties.get(e.getKey());
            if (check != null && !skipped.contains(e.getKey())) {
                String field = prefix + e.getKey();
                JsonNode checked = check.check(e.getValue(), "body field " + field, field, ctx);
                if (checked != e.getValue()) {
                    e.setValue(checked);
                }
            }
        }
    }

    private JsonNode check(JsonNode value, String what, String field, BodyRuleContext ctx) {
        if (value.isNull()) {
            if (!nullable) {
                throw ctx.invalid(field, what + " may be left out, but not null: it must be " + String.join(" or ", types()));
            }
            return value;
        }
        JsonNode typed = typed(value, what, field, ctx);
        if (allowed != null && typed.isValueNode() && !allowed.contains(typed.asText())) {
            throw ctx.invalid(field, what + " must be one of " + String.join(", ", allowed) + ", but was " + shown(typed));
        }
        if (typed.isTextual() && format != null) {
            checkFormat(typed.asText(), what, field, ctx);
        }
        if (typed instanceof ObjectNode object && (!properties.isEmpty() || !required.isEmpty())) {
            checkFields(object, field + ".", Set.of(), ctx);
        } else if (typed instanceof ArrayNode array && items != null) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = items.check(array.get(i), what + "[" + i + "]", field + "[" + i + "]", ctx);
                if (item != array.get(i)) {
                    array.set(i, item);
                }
            }
        }
        return typed;
    }

    /** The value as the declared type, or a refusal naming it. */
    private JsonNode typed(JsonNode value, String what, String field, BodyRuleContext ctx) {
        if (types.isEmpty() || types.contains(typeOf(value))) {
            return value;
        }
        String text = value.asText();
        if (value.isTextual() && types.contains(Type.INTEGER) && INTEGER.matcher(text.trim()).matches()) {
            return JSON.numberNode(Long.parseLong(text.trim()));
        }
        if (value.isTextual() && types.contains(Type.NUMBER) && NUMBER.matcher(text.trim()).matches()) {
            return JSON.numberNode(new java.math.BigDecimal(text.trim()));
        }
        if (value.isTextual() && types.contains(Type.BOOLEAN) && ("true".equals(text) || "false".equals(text))) {
            return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        if (value.isNumber() && types.contains(Type.STRING)) {
            return TextNode.valueOf(text);
        }
        if (value.isIntegralNumber() && types.contains(Type.NUMBER)) {
            return value;
        }
        throw ctx.invalid(field, what + " must be " + String.join(" or ", types()) + ", but was " + shown(value));
    }

    private void checkFormat(String text, String what, String field, BodyRuleContext ctx) {
        boolean valid = switch (format) {
            case "date-time" -> parses(() -> OffsetDateTime.parse(text));
            case "date" -> parses(() -> LocalDate.parse(text));
            case "email" -> EMAIL.matcher(text).matches();
            case "uri" -> parses(() -> {
                if (URI.create(text).getScheme() == null) {
                    throw new IllegalArgumentException("no scheme");
                }
            });
            default -> true;
        };
        if (!valid) {
            throw ctx.invalid(field, what + " must be " + (format.startsWith("date") ? "an ISO 8601 " : "an ") + format
                                     + ", but was " + shown(TextNode.valueOf(text)));
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Type typeOf(JsonNode value) {
        if (value.isTextual()) {
            return Type.STRING;
        }
        if (value.isIntegralNumber()) {
            return Type.INTEGER;
        }
        if (value.isNumber()) {
            return Type.NUMBER;
        }
        if (value.isBoolean()) {
            return Type.BOOLEAN;
        }
        return value.isArray() ? Type.ARRAY : Type.OBJECT;
    }

    /** A value for an error message: short, so that a 100,000-character string does not become the message. */
    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "...\" (" + value.asText().length() + " characters)" : text;
    }
}
