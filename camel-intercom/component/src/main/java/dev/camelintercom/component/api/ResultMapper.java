/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomTransportException;
import dev.camelintercom.component.model.IntercomObject;

/**
 * Turns response bodies into the model classes of the operation table: each row's {@link BodyReader}, made once, reads
 * the answer straight into what the row returns.
 */
public final class ResultMapper {

    private final ObjectMapper mapper;
    private final Map<OperationDefinition, BodyReader<?>> readers = new ConcurrentHashMap<>();

    public ResultMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * What the row's answers are read into: an {@link IntercomObject} for OBJECT and FIRST_OF_LIST, a {@link Page} for
     * LIST, the tree for a {@code request} call (null row), for JSON and for NONE.
     */
    public BodyReader<?> readerOf(OperationDefinition def) {
        if (def == null) {
            return BodyReader.TREE;
        }
        return readers.computeIfAbsent(def, this::newReader);
    }

    private BodyReader<?> newReader(OperationDefinition def) {
        return switch (def.result()) {
            case OBJECT -> BodyReader.object(mapper, def.modelClass());
            case FIRST_OF_LIST -> BodyReader.viaTree(mapper, body -> firstOfList(def, body));
            case LIST -> BodyReader.page(mapper, def);
            case NONE, JSON -> BodyReader.TREE;
        };
    }

    /**
     * The body of a successful response; fails when an operation that returns something got nothing (a proxy lost
     * it): the route cannot go on as if it had the object.
     */
    public <T> T bodyOf(OperationDefinition def, IntercomRequest request, IntercomResponse<T> response)
            throws IntercomTransportException {
        if (def != null && def.result() != OperationDefinition.Result.NONE && !response.hasBody()) {
            throw new IntercomTransportException("Intercom answered " + response.status() + " to " + request
                                                 + " without a body", null, true, request.retrySafe());
        }
        return response.body();
    }

    /** A page of a LIST operation's answer, as read by its reader (an empty page for an empty body). */
    @SuppressWarnings("unchecked")
    public static Page<Object> page(Object body) {
        return body == null ? new Page<>(new ArrayList<>(), null, null) : (Page<Object>) body;
    }

    /** The single object of a FIRST_OF_LIST operation; null when the response holds none. */
    private IntercomObject firstOfList(OperationDefinition def, JsonNode body) throws java.io.IOException {
        if (body.isNull()) {
            return null;
        }
        JsonNode node = body;
        if ("list".equals(body.path("type").asText())) {
            JsonNode items = body.path(def.itemsField());
            if (!items.isArray() || items.isEmpty()) {
                return null;
            }
            node = items.get(0);
        }
        return mapper.treeToValue(node, def.modelClass());
    }
}
