/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One HTTP call to the API, ready to send: the method, the path with its ids filled in, the query and the JSON body,
 * with the table row it was built from (null for a {@code request} call).
 */
public final class IntercomRequest {

    private final OperationDefinition operation;
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final ObjectNode body;
    private final boolean retrySafe;

    /** A request of a table row: its method and retry safety are the row's. */
    IntercomRequest(OperationDefinition operation, String path, Map<String, String> query, ObjectNode body) {
        this(operation, operation.method(), path, query, body, operation.isRetrySafe());
    }

    /** A {@code request} call: the method and path are the user's. */
    IntercomRequest(String method, String path, Map<String, String> query, ObjectNode body, boolean retrySafe) {
        this(null, method, path, query, body, retrySafe);
    }

    private IntercomRequest(OperationDefinition operation, String method, String path, Map<String, String> query,
                            ObjectNode body, boolean retrySafe) {
        this.operation = operation;
        this.method = method;
        this.path = path;
        this.query = query;
        this.body = body;
        this.retrySafe = retrySafe;
    }

    /** The table row this request was built from, or null for a {@code request} call. */
    public OperationDefinition operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, String> query() {
        return query;
    }

    /** The JSON body, or null when the call sends none. */
    public ObjectNode body() {
        return body;
    }

    /** Whether sending this request twice has the effect of sending it once (see {@code OperationDefinition}). */
    public boolean retrySafe() {
        return retrySafe;
    }

    /** A copy for the next page of a list, with its own query and body that the pager may change. */
    public IntercomRequest copy() {
        return new IntercomRequest(operation, method, path, new LinkedHashMap<>(query), body == null ? null : body.deepCopy(),
                retrySafe);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
