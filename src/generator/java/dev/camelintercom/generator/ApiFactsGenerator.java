/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Intercom's OpenAPI description and writes the facts of every operation in the project's own format (never the
 * description's prose): its resource and name, method, path, path ids with their types, query parameters with types
 * and enums, the request body's fields (required ones, types, enums, formats), the answer's schema and items, and the
 * paging style. The component loads them once ({@code ApiFacts}); the build checks that the committed file is what this
 * writes from the description.
 * <p>
 * The names follow {@link OperationNaming}, except where a hand-written row of the operation table already covers the
 * call: an operation covered by one hand-written name keeps it. Names that still collide take their operationId.
 */
public final class ApiFactsGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The operations' methods, as the description's path items name them. */
    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** Schemas nest deeply (a conversation holds parts holding authors...): request bodies are checked this deep. */
    private static final int MAX_DEPTH = 6;

    private final JsonNode root;

    private ApiFactsGenerator(JsonNode root) {
        this.root = root;
    }

    /** Where the description lives beside the project: {@code ../shared} of a worktree, or a directory above. */
    public static final String LOCATION = "shared/intercom-api/openapi-2.16.yaml";

    /** The description found in {@code start} or the nearest directory above it that has {@link #LOCATION}. */
    public static java.util.Optional<Path> locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LOCATION);
            if (java.nio.file.Files.isRegularFile(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    public static ApiFactsGenerator load(Path description) throws IOException {
        return new ApiFactsGenerator(read(description));
    }

    /** The description's tree. */
    static JsonNode read(Path description) throws IOException {
        return new YAMLMapper().readTree(description.toFile());
    }

    /** {@code METHOD /path/{}/...}: a call, whatever its path variables are named. */
    public static String callKey(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]+}", "{}");
    }

    /**
     * The facts as JSON.
     *
     * @param handNames the names ({@code resource.operation}) of the hand-written rows, by {@link #callKey}
     */
    public String factsJson(Map<String, List<String>> handNames) throws IOException {
        ObjectNode out = JSON.objectNode();
        out.put("description", "Facts of Intercom's API " + root.path("info").path("version").asText()
                               + " for every operation, generated from its OpenAPI description by ApiFactsGenerator.");
        out.put("version", root.path("info").path("version").asText());
        List<ObjectNode> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey()) && m.getValue().has("responses")) {
                operations.add(operation(m.getKey().toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), m.getValue()));
            }
        }));
        name(operations, handNames);
        ArrayNode array = out.putArray("operations");
        operations.stream().sorted((a, b) -> {
            int r = a.get("resource").asText().compareTo(b.get("resource").asText());
            return r != 0 ? r : callKey(a.get("method").asText(), a.get("path").asText())
                    .compareTo(callKey(b.get("method").asText(), b.get("path").asText()));
        }).forEach(array::add);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    }

    private static void name(List<ObjectNode> operations, Map<String, List<String>> handNames) {
        Map<String, List<ObjectNode>> byName = new TreeMap<>();
        Set<String> handTaken = new HashSet<>();
        handNames.values().forEach(handTaken::addAll);
        for (ObjectNode op : operations) {
            String method = op.get("method").asText();
            String path = op.get("path").asText();
            String operationId = op.path("operationId").asText(null);
            String resource = OperationNaming.resource(tags(op), path);
            String derived = resource + "." + OperationNaming.operation(resource, operationId, method, path);
            List<String> covering = handNames.getOrDefault(callKey(method, path), List.of());
            String chosen;
            if (covering.contains(derived)) {
                chosen = derived;
            } else if (covering.size() == 1) {
                chosen = covering.get(0);
            } else if (handTaken.contains(derived)) {
                chosen = resource + "." + OperationNaming.fallback(operationId, method, path);
            } else {
                chosen = derived;
            }
            op.put("handWritten", covering.contains(chosen));
            setName(op, chosen);
            op.remove("tags");
            byName.computeIfAbsent(chosen, k -> new ArrayList<>()).add(op);
        }
        for (Map.Entry<String, List<ObjectNode>> e : byName.entrySet()) {
            List<ObjectNode> same = e.getValue();
            if (same.size() > 1 && !same.stream().allMatch(op -> op.get("handWritten").asBoolean())) {
                for (ObjectNode op : same) {
                    String fallback = op.get("resource").asText() + "." + OperationNaming.fallback(
                            op.path("operationId").asText(null), op.get("method").asText(), op.get("path").asText());
                    setName(op, fallback);
                }
            }
        }
        Map<String, String> seen = new HashMap<>();
        for (ObjectNode op : operations) {
            String full = op.get("resource").asText() + "." + op.get("name").asText();
            String call = callKey(op.get("method").asText(), op.get("path").asText());
            String other = seen.put(full, call);
            if (other != null && !op.get("handWritten").asBoolean()) {
                throw new IllegalStateException(full + " names both " + other + " and " + call
                                                + ": give one of them a hand-written name");
            }
        }
    }

    private static void setName(ObjectNode op, String fullName) {
        int dot = fullName.indexOf('.');
        op.put("resource", fullName.substring(0, dot));
        op.put("name", fullName.substring(dot + 1));
    }

    private static List<String> tags(ObjectNode op) {
        List<String> tags = new ArrayList<>();
        op.path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    private ObjectNode operation(String method, String path, JsonNode pathItem, JsonNode op) {
        ObjectNode out = JSON.objectNode();
        out.put("resource", "");
        out.put("name", "");
        if (op.hasNonNull("operationId")) {
            out.put("operationId", op.get("operationId").asText());
        }
        out.put("method", method);
        out.put("path", path);
        ArrayNode tags = out.putArray("tags");
        op.path("tags").forEach(tags::add);

        Map<String, JsonNode> declared = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            list.forEach(p -> {
                JsonNode param = resolve(p);
                declared.put(param.path("in").asText() + ":" + param.path("name").asText(), param);
            });
        }
        Set<String> pathVariables = new LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            pathVariables.add(m.group(1));
        }
        ObjectNode pathIds = out.putObject("pathIds");
        for (String variable : pathVariables) {
            JsonNode param = declared.getOrDefault("path:" + variable, declared.get("query:" + variable));
            ObjectNode id = pathIds.putObject(variable);
            id.put("input", inputName(path, variable));
            id.put("type", param == null ? "string" : typeOf(resolve(param.path("schema"))));
        }
        ObjectNode query = JSON.objectNode();
        declared.forEach((key, param) -> {
            String name = param.path("name").asText();
            if (key.startsWith("query:") && !pathVariables.contains(name)) {
                ObjectNode q = compact(param.path("schema"), 1, new HashSet<>());
                if (param.path("required").asBoolean()) {
                    q.put("required", true);
                }
                query.set(name, q);
            }
        });
        if (!query.isEmpty()) {
            out.set("query", query);
        }
        JsonNode requestBody = resolve(op.path("requestBody"));
        JsonNode bodySchema = requestBody.path("content").path("application/json").path("schema");
        if (!bodySchema.isMissingNode()) {
            out.put("bodyRequired", requestBody.path("required").asBoolean());
            out.set("body", compact(bodySchema, 0, new HashSet<>()));
        }
        out.set("answer", answer(op));
        String paging = paging(method, out);
        out.put("paging", paging);
        JsonNode perPage = query.path("per_page");
        if (!"NONE".equals(paging) && perPage.has("maximum")) {
            out.put("maxPerPage", perPage.get("maximum").asInt());
        }
        return out;
    }

    /**
     * The name of the input that fills a path variable: the variable's own name, or for {@code {id}} the singular of
     * the segment before it ({@code /articles/{id}/draft} takes {@code article_id}).
     */
    static String inputName(String path, String variable) {
        if (!"id".equals(variable)) {
            return variable;
        }
        String[] segments = path.substring(1).split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                return OperationNaming.singular(segments[i - 1]) + "_id";
            }
        }
        return variable;
    }

    private ObjectNode answer(JsonNode op) {
        ObjectNode answer = JSON.objectNode();
        op.path("responses").fields().forEachRemaining(r -> {
            if (answer.isEmpty() && r.getKey().startsWith("2")) {
                answer.put("status", Integer.parseInt(r.getKey()));
                JsonNode content = resolve(r.getValue()).path("content");
                String type = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                if (type != null && !type.equals("application/json")) {
                    answer.put("contentType", type);
                }
                JsonNode schema = content.path("application/json").path("schema");
                answer.put("json", content.has("application/json"));
                if (!schema.isMissingNode()) {
                    String ref = namedSchema(schema);
                    if (ref != null) {
                        answer.put("schema", ref);
                    }
                    JsonNode resolved = resolveAll(schema);
                    // a list envelope: an object without an id of its own, holding an array ("data" where it has one)
                    if (!resolved.path("properties").has("id")) {
                        String items = null;
                        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext();) {
                            Map.Entry<String, JsonNode> p = it.next();
                            JsonNode value = resolve(p.getValue());
                            if ("array".equals(typeOf(value)) && (items == null || p.getKey().equals("data"))) {
                                items = p.getKey();
                                answer.put("items", items);
                                String itemRef = namedSchema(value.path("items"));
                                if (itemRef != null) {
                                    answer.put("itemSchema", itemRef);
                                } else {
                                    answer.remove("itemSchema");
                                }
                            }
                        }
                    }
                }
            }
        });
        return answer;
    }

    /** How the operation pages, from the parameters it declares (API-DIGEST.md §5). */
    private static String paging(String method, ObjectNode op) {
        JsonNode query = op.path("query");
        if (query.has("scroll_param")) {
            return "SCROLL";
        }
        if (query.has("starting_after")) {
            return "CURSOR_QUERY";
        }
        if (query.has("page")) {
            return "PAGE_NUMBER";
        }
        if ("POST".equals(method) && op.path("body").path("properties").has("pagination")) {
            return "CURSOR_BODY";
        }
        return "NONE";
    }

    /**
     * A schema in the facts' form: {@code types}, {@code format}, {@code enum}, {@code required}, {@code properties},
     * {@code items}. The alternatives of {@code oneOf}/{@code anyOf} are merged into one schema that accepts what any of
     * them accepts (types and enums joined, a field required only where every alternative requires it).
     */
    private ObjectNode compact(JsonNode schema, int depth, Set<String> refs) {
        ObjectNode out = JSON.objectNode();
        String ref = refName(schema);
        if (ref != null) {
            if (refs.contains(ref) || depth > MAX_DEPTH) {
                return out;
            }
            Set<String> inner = new HashSet<>(refs);
            inner.add(ref);
            return compact(resolve(schema), depth, inner);
        }
        if (depth > MAX_DEPTH) {
            return out;
        }
        List<ObjectNode> alternatives = new ArrayList<>();
        for (String key : List.of("oneOf", "anyOf")) {
            schema.path(key).forEach(alt -> alternatives.add(compact(alt, depth, refs)));
        }
        ObjectNode own = JSON.objectNode();
        Set<String> types = new LinkedHashSet<>();
        if (schema.path("type").isArray()) {
            schema.get("type").forEach(t -> types.add(t.asText()));
        } else if (schema.has("type")) {
            types.add(schema.get("type").asText());
        }
        if (schema.path("nullable").asBoolean()) {
            types.add("null");
        }
        if (!types.isEmpty()) {
            ArrayNode t = own.putArray("types");
            types.forEach(t::add);
        }
        copy(schema, own, "format");
        copy(schema, own, "enum");
        copy(schema, own, "maximum");
        copy(schema, own, "required");
        if (schema.has("properties")) {
            ObjectNode props = own.putObject("properties");
            schema.get("properties").fields().forEachRemaining(p -> props.set(p.getKey(), compact(p.getValue(), depth + 1, refs)));
        }
        if (schema.has("items")) {
            own.set("items", compact(schema.get("items"), depth + 1, refs));
        }
        for (JsonNode part : schema.path("allOf")) {
            own = mergeAll(own, compact(part, depth, refs));
        }
        if (alternatives.isEmpty()) {
            return own;
        }
        ObjectNode union = alternatives.get(0);
        for (int i = 1; i < alternatives.size(); i++) {
            union = union(union, alternatives.get(i));
        }
        return own.isEmpty() ? union : mergeAll(own, union);
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field).deepCopy());
        }
    }

    /** Both schemas apply ({@code allOf}): properties and required fields of both. */
    private static ObjectNode mergeAll(ObjectNode a, ObjectNode b) {
        ObjectNode out = a.deepCopy();
        b.fields().forEachRemaining(f -> {
            if (f.getKey().equals("properties") && out.has("properties")) {
                ObjectNode props = (ObjectNode) out.get("properties");
                f.getValue().fields().forEachRemaining(p -> props.set(p.getKey(),
                        props.has(p.getKey()) ? mergeAll((ObjectNode) props.get(p.getKey()), (ObjectNode) p.getValue())
                                : p.getValue()));
            } else if (f.getKey().equals("required") && out.has("required")) {
                Set<String> all = new LinkedHashSet<>();
                out.get("required").forEach(r -> all.add(r.asText()));
                f.getValue().forEach(r -> all.add(r.asText()));
                ArrayNode req = out.putArray("required");
                all.forEach(req::add);
            } else if (!out.has(f.getKey())) {
                out.set(f.getKey(), f.getValue());
            }
        });
        return out;
    }

    /** Either schema applies ({@code oneOf}): what either accepts. */
    private static ObjectNode union(ObjectNode a, ObjectNode b) {
        ObjectNode out = JSON.objectNode();
        if (a.has("types") && b.has("types")) {
            Set<String> types = new LinkedHashSet<>();
            a.get("types").forEach(t -> types.add(t.asText()));
            b.get("types").forEach(t -> types.add(t.asText()));
            ArrayNode t = out.putArray("types");
            types.forEach(t::add);
        }
        if (a.has("format") && a.get("format").equals(b.get("format"))) {
            out.set("format", a.get("format"));
        }
        if (a.has("enum") && b.has("enum")) {
            Set<JsonNode> values = new LinkedHashSet<>();
            a.get("enum").forEach(values::add);
            b.get("enum").forEach(values::add);
            ArrayNode e = out.putArray("enum");
            values.forEach(e::add);
        }
        if (a.has("required") && b.has("required")) {
            Set<String> both = new LinkedHashSet<>();
            a.get("required").forEach(r -> both.add(r.asText()));
            Set<String> inB = new HashSet<>();
            b.get("required").forEach(r -> inB.add(r.asText()));
            both.retainAll(inB);
            if (!both.isEmpty()) {
                ArrayNode req = out.putArray("required");
                both.forEach(req::add);
            }
        }
        if (a.has("properties") || b.has("properties")) {
            ObjectNode props = out.putObject("properties");
            a.path("properties").fields().forEachRemaining(p -> props.set(p.getKey(), p.getValue()));
            b.path("properties").fields().forEachRemaining(p -> props.set(p.getKey(),
                    props.has(p.getKey()) ? union((ObjectNode) props.get(p.getKey()), (ObjectNode) p.getValue())
                            : p.getValue()));
        }
        if (a.has("items") && b.has("items")) {
            out.set("items", union((ObjectNode) a.get("items"), (ObjectNode) b.get("items")));
        } else if (a.has("items") || b.has("items")) {
            out.set("items", a.has("items") ? a.get("items") : b.get("items"));
        }
        return out;
    }

    private static String typeOf(JsonNode schema) {
        return typeOf(schema, "string");
    }

    /** The schema's type (the first besides {@code null} of a list), or {@code absent} when it declares none. */
    static String typeOf(JsonNode schema, String absent) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText(absent);
    }

    private static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The name of the schema a {@code $ref} (or a single {@code oneOf}/{@code allOf} around one) points to, or null. */
    private static String namedSchema(JsonNode schema) {
        String ref = refName(schema);
        if (ref != null) {
            return ref;
        }
        for (String key : List.of("oneOf", "allOf", "anyOf")) {
            if (schema.path(key).size() == 1) {
                return namedSchema(schema.get(key).get(0));
            }
        }
        return null;
    }

    /** The node a {@code $ref} points to (followed until it is not one). */
    private JsonNode resolve(JsonNode node) {
        return resolve(root, node);
    }

    /** The node a {@code $ref} points to in the description {@code root} (followed until it is not one). */
    static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The schema with its references, and a single {@code oneOf}/{@code allOf} around one schema, followed. */
    private JsonNode resolveAll(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        for (String key : List.of("oneOf", "allOf", "anyOf")) {
            if (resolved.path(key).size() == 1) {
                return resolveAll(resolved.get(key).get(0));
            }
        }
        return resolved;
    }
}
