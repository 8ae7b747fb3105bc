/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomResponseType;

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
    private final String accept;
    private final IntercomResponseType responseType;

    /** A request of a table row: its method and retry safety are the row's; the answer is JSON. */
    IntercomRequest(OperationDefinition operation, String path, Map<String, String> query, ObjectNode body) {
        this(operation, operation.method(), path, query, body, operation.isRetrySafe(), null, IntercomResponseType.json);
    }

    /** A {@code request} call: the method, path, {@code Accept} (null for JSON) and what the answer becomes are the user's. */
    IntercomRequest(String method, String path, Map<String, String> query, ObjectNode body, boolean retrySafe, String accept,
                    IntercomResponseType responseType) {
        this(null, method, path, query, body, retrySafe, accept, responseType);
    }

    private IntercomRequest(OperationDefinition operation, String method, String path, Map<String, String> query,
                            ObjectNode body, boolean retrySafe, String accept, IntercomResponseType responseType) {
        this.operation = operation;
        this.method = method;
        this.path = path;
        this.query = query;
        this.body = body;
        this.retrySafe = retrySafe;
        this.accept = accept;
        this.responseType = responseType;
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

    /** The {@code Accept} header to send instead of {@code application/json}, or null. */
    public String accept() {
        return accept;
    }

    /** What the answer's body becomes: JSON for every table row, the user's choice for a {@code request} call. */
    public IntercomResponseType responseType() {
        return responseType;
    }

    /** A copy for the next page of a list, with its own query and body that the pager may change. */
    public IntercomRequest copy() {
        return new IntercomRequest(operation, method, path, new LinkedHashMap<>(query), body == null ? null : body.deepCopy(),
                retrySafe, accept, responseType);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
