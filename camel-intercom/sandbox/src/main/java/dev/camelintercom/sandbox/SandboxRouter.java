/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The API routes of the sandbox: method and path template (Intercom's own, {@code /contacts/{contact_id}}) to a
 * handler. {@link IntercomSandbox} registers one WireMock stub per route; {@link SandboxHttp} calls the handler.
 */
final class SandboxRouter {

    /** Answers one request (null: an empty body); throws {@link SandboxError} for an Intercom error. */
    @FunctionalInterface
    interface Handler {
        JsonNode handle(Request request);
    }

    /** A route, the status of its successful answers and their content type (null: JSON). */
    record Route(String method, String template, int status, String contentType, Handler handler) {

        String key() {
            return method + " " + template;
        }

        /** The key whatever the template's variables are named: {@code GET /contacts/{}}. */
        String call() {
            return callOf(method, template);
        }

        boolean literal() {
            return !template.contains("{");
        }

        /** The values of the template's {@code {name}} segments in a path that matches it. */
        Map<String, String> pathParams(String path) {
            String[] names = template.split("/");
            String[] values = path.split("/");
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < names.length && i < values.length; i++) {
                if (names[i].startsWith("{")) {
                    params.put(names[i].substring(1, names[i].length() - 1), URLDecoder.decode(values[i], StandardCharsets.UTF_8));
                }
            }
            return params;
        }
    }

    /** A request as a handler sees it: path parameters, query parameters, and the JSON body ({} when none). */
    record Request(Map<String, String> pathParams, Map<String, String> query, ObjectNode body) {

        String path(String name) {
            return pathParams.get(name);
        }

        String query(String name) {
            return query.get(name);
        }

        JsonNode queryNode(String name) {
            String value = query.get(name);
            return value == null ? null : SandboxJson.MAPPER.getNodeFactory().textNode(value);
        }
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();

    void get(String template, Handler handler) {
        add("GET", template, handler);
    }

    void post(String template, Handler handler) {
        add("POST", template, handler);
    }

    void put(String template, Handler handler) {
        add("PUT", template, handler);
    }

    void delete(String template, Handler handler) {
        add("DELETE", template, handler);
    }

    /** A route that answers {@code status} (202 for an accepted data event) rather than 200. */
    void add(String method, String template, int status, Handler handler) {
        add(method, template, status, null, handler);
    }

    /** A route that answers {@code status} with a body of {@code contentType} (null: JSON). */
    void add(String method, String template, int status, String contentType, Handler handler) {
        Route route = new Route(method, template, status, contentType, handler);
        if (serves(method, template)) {
            throw new IllegalStateException("route registered twice: " + route.key());
        }
        routes.put(route.key(), route);
    }

    /** Whether a route serves this call, whatever its path variables are named. */
    boolean serves(String method, String template) {
        String call = callOf(method, template);
        return routes.values().stream().anyMatch(route -> route.call().equals(call));
    }

    Collection<Route> routes() {
        return Collections.unmodifiableCollection(routes.values());
    }

    /** The route with this key, or null. */
    Route route(String key) {
        return key == null ? null : routes.get(key);
    }

    private void add(String method, String template, Handler handler) {
        add(method, template, 200, handler);
    }

    private static String callOf(String method, String template) {
        return method + " " + template.replaceAll("\\{[^}]+}", "{}");
    }
}
