package dev.camelintercom.component.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One HTTP call to the API, ready to send: the method, the path with its ids filled in, the query and the JSON body.
 */
public final class IntercomRequest {

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final ObjectNode body;
    private final boolean retrySafe;

    public IntercomRequest(String method, String path, Map<String, String> query, ObjectNode body, boolean retrySafe) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.body = body;
        this.retrySafe = retrySafe;
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
        return new IntercomRequest(method, path, new LinkedHashMap<>(query), body == null ? null : body.deepCopy(), retrySafe);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
