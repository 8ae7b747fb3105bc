/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelintercom.sandbox.SearchSchema.Field;
import dev.camelintercom.sandbox.SearchSchema.Type;

/**
 * Compiles an Intercom search query into a predicate over documents, refusing (400) what Intercom refuses: groups of
 * {@code AND}/{@code OR} over at most 15 filters nested at most two levels below the top group, leaves of
 * {@code field}, {@code operator}, {@code value} whose operator suits the field's type and whose value has that type
 * ({@code IN}/{@code NIN} take arrays). String comparisons ignore case; {@code source.body} matches word by word.
 */
final class SearchFilter {

    static final int MAX_GROUP_SIZE = 15;
    static final int MAX_GROUP_DEPTH = 2;

    private SearchFilter() {
    }

    static Predicate<JsonNode> compile(JsonNode query, SearchSchema schema) {
        return node(query, "query", 0, schema);
    }

    private static Predicate<JsonNode> node(JsonNode node, String at, int depth, SearchSchema schema) {
        if (node == null || !node.isObject()) {
            throw SandboxError.invalid(at + " must be a filter object");
        }
        String operator = node.path("operator").asText(null);
        if (operator == null) {
            throw SandboxError.missing(at + ".operator");
        }
        if (!"AND".equals(operator) && !"OR".equals(operator)) {
            return leaf(node, at, operator, schema);
        }
        if (depth > MAX_GROUP_DEPTH) {
            throw SandboxError.invalid("filters nest at most " + MAX_GROUP_DEPTH + " levels deep (" + at + ")");
        }
        JsonNode value = node.get("value");
        if (value == null || !value.isArray() || value.isEmpty() || value.size() > MAX_GROUP_SIZE) {
            throw SandboxError.invalid(at + ": an " + operator + " group takes an array of 1 to " + MAX_GROUP_SIZE
                                       + " filters");
        }
        List<Predicate<JsonNode>> parts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            parts.add(node(value.get(i), at + ".value[" + i + "]", depth + 1, schema));
        }
        return "AND".equals(operator)
                ? doc -> parts.stream().allMatch(p -> p.test(doc))
                : doc -> parts.stream().anyMatch(p -> p.test(doc));
    }

    private static Predicate<JsonNode> leaf(JsonNode node, String at, String operator, SearchSchema schema) {
        String name = SandboxJson.text(node, "field");
        if (name == null) {
            throw SandboxError.missing(at + ".field");
        }
        Field field = schema.field(name);
        if (!schema.allows(field, operator)) {
            throw SandboxError.invalid("operator '" + operator + "' is not valid for " + field.type().name().toLowerCase(Locale.ROOT)
                                       + " field " + name + " in " + schema.endpoint());
        }
        if (!node.has("value")) {
            throw SandboxError.missing(at + ".value");
        }
        JsonNode value = node.get("value");
        boolean list = "IN".equals(operator) || "NIN".equals(operator);
        if (list != value.isArray()) {
            throw SandboxError.invalid(at + ": operator " + operator + (list ? " takes an array" : " takes a single value"));
        }
        if (value.isNull()) {
            if (!"=".equals(operator) && !"!=".equals(operator)) {
                throw SandboxError.invalid(at + ": a null value works with = and != only");
            }
            boolean wantMissing = "=".equals(operator);
            return doc -> isAbsent(field.value().apply(doc)) == wantMissing;
        }
        Condition condition = condition(field, operator, value, at, schema);
        return doc -> condition.test(field.value().apply(doc));
    }

    @FunctionalInterface
    private interface Condition {
        boolean test(JsonNode actual);
    }

    private static Condition condition(Field field, String operator, JsonNode value, String at, SearchSchema schema) {
        List<JsonNode> values = value.isArray() ? toList(value) : List.of(value);
        return switch (field.type()) {
            case INTEGER, DATE -> numeric(field, operator, numbers(values, field, at), schema);
            case BOOLEAN -> bool(operator, booleans(values, field, at));
            case STRING -> text(operator, texts(values));
            case TOKENS -> tokens(operator, texts(values));
            case IDS -> ids(operator, texts(values));
            case ANY -> any(field, operator, values, at, schema);
        };
    }

    private static Condition numeric(Field field, String operator, List<Long> values, SearchSchema schema) {
        long v = values.get(0);
        ZoneId zone = field.type() == Type.DATE ? schema.dayZone() : null;
        boolean inclusive = schema.inclusiveRanges();
        LongPredicate equal = zone == null ? values::contains : n -> values.stream().anyMatch(d -> sameDay(n, d, zone));
        LongPredicate test = switch (operator) {
            case "=", "IN", "!=", "NIN" -> equal;
            case ">" -> zone != null ? n -> n >= startOfDay(v, zone, 1) : inclusive ? n -> n >= v : n -> n > v;
            case "<" -> zone != null ? n -> n < startOfDay(v, zone, 0) : inclusive ? n -> n <= v : n -> n < v;
            case ">=" -> n -> n >= v;
            case "<=" -> n -> n <= v;
            default -> throw new IllegalStateException(operator);
        };
        Condition holds = a -> number(a) != null && test.test(number(a));
        return Set.of("!=", "NIN").contains(operator) ? a -> !holds.test(a) : holds;
    }

    private static Condition bool(String operator, List<Boolean> values) {
        Condition equal = a -> a.isBoolean() && values.contains(a.asBoolean());
        return Set.of("=", "IN").contains(operator) ? equal : a -> !equal.test(a);
    }

    private static Condition text(String operator, List<String> values) {
        String v = values.get(0);
        Condition equal = a -> !isAbsent(a) && values.contains(lower(a));
        return switch (operator) {
            case "=", "IN" -> equal;
            case "!=", "NIN" -> a -> !equal.test(a);
            case "~" -> a -> !isAbsent(a) && lower(a).contains(v);
            case "!~" -> a -> isAbsent(a) || !lower(a).contains(v);
            case "^" -> a -> !isAbsent(a) && lower(a).startsWith(v);
            case "$" -> a -> !isAbsent(a) && lower(a).endsWith(v);
            default -> throw new IllegalStateException(operator);
        };
    }

    /** {@code source.body}: equality looks at single words of the text without markup. */
    private static Condition tokens(String operator, List<String> values) {
        Condition anyWord = a -> !isAbsent(a) && Arrays.stream(words(a)).anyMatch(values::contains);
        return switch (operator) {
            case "=", "IN" -> anyWord;
            case "!=", "NIN" -> a -> !anyWord.test(a);
            default -> {
                Condition onText = text(operator, values);
                yield a -> onText.test(SandboxJson.MAPPER.getNodeFactory().textNode(String.join(" ", words(a))));
            }
        };
    }

    private static Condition ids(String operator, List<String> values) {
        Condition contains = a -> {
            for (JsonNode id : a) {
                if (values.contains(lower(id))) {
                    return true;
                }
            }
            return false;
        };
        return Set.of("=", "IN").contains(operator) ? contains : a -> !contains.test(a);
    }

    /** A custom attribute: compared as a number, boolean or string, whichever the stored value is. */
    private static Condition any(Field field, String operator, List<JsonNode> values, String at, SearchSchema schema) {
        boolean numeric = values.stream().allMatch(v -> SandboxJson.number(v) != null);
        boolean bool = values.stream().allMatch(v -> booleanOf(v) != null);
        Condition asNumber = numeric && !Set.of("~", "!~", "^", "$").contains(operator)
                ? numeric(new Field(field.name(), Type.INTEGER, field.value()), operator, numbers(values, field, at), schema)
                : null;
        Condition asBoolean = bool && Set.of("=", "!=", "IN", "NIN").contains(operator) ? bool(operator, booleans(values, field, at))
                : null;
        Condition asText = Set.of(">", "<", ">=", "<=").contains(operator) ? null : text(operator, texts(values));
        boolean negative = Set.of("!=", "NIN", "!~").contains(operator);
        return a -> {
            Condition c = a.isNumber() ? asNumber : a.isBoolean() ? asBoolean : asText;
            return c == null ? negative : c.test(a);
        };
    }

    private static List<Long> numbers(List<JsonNode> values, Field field, String at) {
        List<Long> numbers = new ArrayList<>();
        for (JsonNode v : values) {
            Long n = SandboxJson.number(v);
            if (n == null) {
                throw SandboxError.invalid(at + ": " + field.name() + " takes " + (field.type() == Type.DATE
                        ? "a Unix timestamp" : "an integer") + ", not " + v);
            }
            numbers.add(n);
        }
        return numbers;
    }

    private static List<Boolean> booleans(List<JsonNode> values, Field field, String at) {
        List<Boolean> booleans = new ArrayList<>();
        for (JsonNode v : values) {
            Boolean b = booleanOf(v);
            if (b == null) {
                throw SandboxError.invalid(at + ": " + field.name() + " takes true or false, not " + v);
            }
            booleans.add(b);
        }
        return booleans;
    }

    private static Boolean booleanOf(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.isTextual() && Set.of("true", "false").contains(v.asText()) ? Boolean.valueOf(v.asText()) : null;
    }

    private static List<String> texts(List<JsonNode> values) {
        return values.stream().map(SearchFilter::lower).toList();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    private static String lower(JsonNode node) {
        return node.asText().toLowerCase(Locale.ROOT);
    }

    private static String[] words(JsonNode node) {
        return isAbsent(node) ? new String[0]
                : node.asText().replaceAll("<[^>]*>", " ").toLowerCase(Locale.ROOT).trim().split("[^\\p{L}\\p{N}_@.'-]+");
    }

    private static Long number(JsonNode node) {
        return SandboxJson.number(node);
    }

    private static boolean sameDay(long a, long b, ZoneId zone) {
        return startOfDay(a, zone, 0) == startOfDay(b, zone, 0);
    }

    /** The Unix second of the midnight {@code plusDays} after the start of the day holding {@code epochSecond}. */
    private static long startOfDay(long epochSecond, ZoneId zone, int plusDays) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone).plusDays(plusDays).atStartOfDay(zone)
                .toEpochSecond();
    }
}
