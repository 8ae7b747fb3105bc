/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The facts of every operation of Intercom's API description, as the generator (src/generator, run by the build)
 * wrote them from it: read once, when the operation table loads, never per call.
 */
public final class ApiFacts {

    /** Where the facts are, in the jar and under {@code src/generated/resources}. */
    public static final String RESOURCE = "META-INF/dev/camelintercom/component/intercom-api-facts.json";

    private static final List<OperationFacts> ALL;
    private static final Map<String, OperationFacts> BY_CALL = new HashMap<>();

    static {
        try (InputStream in = ApiFacts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            JsonNode root = IntercomJson.mapper().readTree(in);
            List<OperationFacts> all = new ArrayList<>();
            root.path("operations").forEach(op -> all.add(OperationFacts.of(op)));
            ALL = Collections.unmodifiableList(all);
            ALL.forEach(f -> BY_CALL.put(callKey(f.method(), f.path()), f));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private ApiFacts() {
    }

    /** Every operation of the description, by resource and call. */
    public static List<OperationFacts> all() {
        return ALL;
    }

    /** The operation of a method and path (path variables match whatever their names), or null. */
    public static OperationFacts byCall(String method, String path) {
        return BY_CALL.get(callKey(method, path));
    }

    /** {@code METHOD /path/{}/...}: a call, whatever its path variables are named. */
    public static String callKey(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]+}", "{}");
    }

    /** One operation of the description. */
    public record OperationFacts(String resource, String name, String operationId, String method, String path,
                                 Map<String, PathId> pathIds, Map<String, SchemaCheck> query, List<String> requiredQuery,
                                 SchemaCheck body, boolean handWritten, Answer answer, Paging paging, Integer maxPerPage) {

        static OperationFacts of(JsonNode op) {
            Map<String, PathId> pathIds = new LinkedHashMap<>();
            op.path("pathIds").fields().forEachRemaining(p -> pathIds.put(p.getKey(),
                    new PathId(p.getValue().path("input").asText(), "integer".equals(p.getValue().path("type").asText()))));
            Map<String, SchemaCheck> query = new LinkedHashMap<>();
            List<String> requiredQuery = new ArrayList<>();
            op.path("query").fields().forEachRemaining(q -> {
                query.put(q.getKey(), SchemaCheck.of(q.getValue()));
                if (q.getValue().path("required").asBoolean()) {
                    requiredQuery.add(q.getKey());
                }
            });
            JsonNode answer = op.path("answer");
            return new OperationFacts(op.path("resource").asText(), op.path("name").asText(),
                    op.path("operationId").asText(null), op.path("method").asText(), op.path("path").asText(),
                    Collections.unmodifiableMap(pathIds), Collections.unmodifiableMap(query), List.copyOf(requiredQuery),
                    op.has("body") ? SchemaCheck.of(op.get("body")) : null, op.path("handWritten").asBoolean(),
                    new Answer(answer.path("status").asInt(200), answer.path("json").asBoolean(), answer.path("contentType").asText(null),
                            answer.path("schema").asText(null), answer.path("items").asText(null),
                            answer.path("itemSchema").asText(null)),
                    Paging.valueOf(op.path("paging").asText("NONE")),
                    op.has("maxPerPage") ? op.get("maxPerPage").asInt() : null);
        }

        /** {@code resource.name}. */
        public String fullName() {
            return resource + "." + name;
        }
    }

    /** A path variable: the input that fills it ({@code article_id} for {@code /articles/{id}}) and whether it is digits. */
    public record PathId(String input, boolean digits) {
    }

    /**
     * The successful answer: its status, whether it has a JSON body, its content type when not JSON, the schema it is (when named), the array
     * field of a list and the schema of its items.
     */
    public record Answer(int status, boolean json, String contentType, String schema, String items, String itemSchema) {
    }
}
