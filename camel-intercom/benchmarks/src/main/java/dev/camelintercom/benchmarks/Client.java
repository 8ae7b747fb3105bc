/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * One way of calling Intercom: the three calls of the per-call benchmarks, each answering the model object(s) the
 * component answers, from the same requests with the same headers.
 */
interface Client extends AutoCloseable {

    /** The header values every client sends; the component sends these itself. */
    String AUTHORIZATION = "Bearer " + Bodies.TOKEN;
    String API_VERSION = "2.16";
    String USER_AGENT = "camel-intercom";

    TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** {@code GET /contacts/{id}}. */
    Object getContact() throws Exception;

    /** {@code POST /conversations/{id}/reply} with an admin comment. */
    Object reply() throws Exception;

    /** {@code POST /contacts/search}: a page of 150 contacts. */
    Object search() throws Exception;

    /** The call of a benchmark's name ({@link LatencyChart#BENCHMARKS}), for the harnesses that loop over one. */
    default Object call(String benchmark) throws Exception {
        return switch (benchmark) {
            case "contactGet" -> getContact();
            case "conversationReply" -> reply();
            case "contactSearch" -> search();
            default -> throw new IllegalArgumentException("Unknown call: " + benchmark);
        };
    }

    /** The request bodies as an application hands them over: maps, which each client writes as JSON. */
    static Map<String, Object> replyBody() {
        return read(Bodies.REPLY_REQUEST);
    }

    static Map<String, Object> searchBody() {
        return read(Bodies.SEARCH_REQUEST);
    }

    private static Map<String, Object> read(String json) {
        try {
            return Bodies.MAPPER.readValue(json, MAP);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the client of a {@code client} parameter value. */
    static Client create(String kind, String baseUri) throws Exception {
        return switch (kind) {
            case "component" -> new ComponentClient(baseUri);
            case "raw" -> new RawClient(baseUri);
            case "camelHttp" -> new CamelHttpClient(baseUri);
            case "rawInRoute" -> new RawInRouteClient(baseUri);
            default -> throw new IllegalArgumentException("Unknown client: " + kind);
        };
    }
}
