/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomInputException;

/**
 * Whether a request that reached the server is valid against Intercom's description, by the component's own checks
 * of the operation's facts ({@link SchemaCheck}, {@link OperationRequestBuilder#checkQuery}) run on what was sent: they
 * must pass and change nothing (a value they would send as another type was not of the declared one). The body: one
 * JSON object, its required fields present, each declared field (at any depth) of its JSON types (null only where
 * declared), enum and format, except the fields the row's own rules check (the search grammar); no body where the
 * description declares none. The query: each declared parameter of its type and enum, the required ones present.
 */
final class SentRequestCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SentRequestCheck() {
    }

    /** What is not valid in the request sent for the row, or null when it is valid. */
    static String problem(OperationDefinition def, RecordingServer.Arrival sent) {
        ApiFacts.OperationFacts facts = def.facts();
        if (facts == null) {
            return "the row has no facts of the description to check against";
        }
        BodyRuleContext ctx = new BodyRuleContext() {
            @Override
            public String operationName() {
                return def.fullName();
            }

            @Override
            public String headerOrOption(InputSource param) {
                return null;
            }

            @Override
            public long exchangeCreatedSeconds() {
                return 0;
            }
        };
        try {
            Map<String, String> query = query(sent.rawQuery());
            Map<String, String> checked = new LinkedHashMap<>(query);
            OperationRequestBuilder.checkQuery(def, checked, ctx);
            if (!checked.equals(query)) {
                return "the query " + query + " is not of the declared types: " + checked;
            }
            if (facts.body() == null) {
                return sent.body().isEmpty() ? null : "a body where the description declares none";
            }
            JsonNode body = sent.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(sent.body());
            if (!(body instanceof ObjectNode object)) {
                return "the body is not a JSON object";
            }
            ObjectNode copy = object.deepCopy();
            facts.body().checkBody(copy, def.checkedByRules(), ctx);
            return copy.equals(object) ? null : "the body has values not of their declared types: " + copy;
        } catch (IntercomInputException e) {
            return e.getMessage();
        } catch (JsonProcessingException e) {
            return "the body is not JSON: " + e.getOriginalMessage();
        }
    }

    /** The decoded query parameters (the last value of a name given twice). */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
