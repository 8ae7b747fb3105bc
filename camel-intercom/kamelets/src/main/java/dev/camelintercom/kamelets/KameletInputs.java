/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * The inputs of an Intercom action Kamelet, as the flat JSON body the component reads: the input fields of the
 * incoming JSON body, each replaced by the Kamelet property that maps to it when that property is given. A template sets one
 * exchange variable {@code intercom.input.<field>} per property (a simple expression, so placeholders such as
 * {@code ${header.email}} read the message; an empty one sets none) and names the fields to {@link #merge}, which puts
 * them in the body ({@code ticket_attributes._default_title_} nests) and removes the variables.
 */
public final class KameletInputs {

    /** The prefix of the exchange variables that carry the Kamelet's properties. */
    public static final String PREFIX = "intercom.input.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private KameletInputs() {
    }

    /**
     * The body as a map of the Kamelet's input fields (comma separated, as the template names them): those of the
     * incoming body, each replaced by its property when given. Other fields of the incoming body (say, of the contact a
     * previous action output) are left out.
     */
    public static void merge(Exchange exchange, String fields) throws InvalidPayloadException {
        Map<String, Object> incoming = bodyFields(exchange);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields.split(",")) {
            String topLevel = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            if (incoming.containsKey(topLevel)) {
                body.putIfAbsent(topLevel, incoming.get(topLevel));
            }
            Object value = exchange.removeVariable(PREFIX + field);
            if (value != null && !value.toString().isEmpty()) {
                put(body, field, value.toString());
            }
        }
        exchange.getMessage().setBody(body);
    }

    /**
     * The body of an action that finds a contact: a search for the contact whose {@code field} equals the value the
     * body holds, e.g. {@code {"field": "email", "operator": "=", "value": "ada@example.com"}}.
     */
    public static Map<String, Object> equalsQuery(Map<String, Object> body, String field) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("field", field);
        query.put("operator", "=");
        query.put("value", body.get(field));
        return query;
    }

    /** The field of the body that finds the contact: external_id when given, else email; refused when neither is. */
    public static String contactKey(Map<String, Object> body, String kamelet) {
        for (String field : List.of("external_id", "email")) {
            Object value = body.get(field);
            if (value != null && !value.toString().isEmpty()) {
                return field;
            }
        }
        throw new IllegalArgumentException(kamelet + ": give email or externalId (property, or body field email or "
                                           + "external_id) to find a contact by");
    }

    /** The first item of a list, or null for an empty one. */
    public static Object first(List<?> items) {
        return items == null || items.isEmpty() ? null : items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodyFields(Exchange exchange) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        if (body == null || body instanceof String text && text.isBlank()) {
            return new LinkedHashMap<>();
        }
        if (body instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        String text = exchange.getMessage().getMandatoryBody(String.class);
        try {
            return JSON.readValue(text, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of an Intercom action must be a JSON object, empty, or a Map: "
                                               + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String path, String value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.put(path, value);
            return;
        }
        Object nested = body.get(path.substring(0, dot));
        Map<String, Object> child = nested instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
        put(child, path.substring(dot + 1), value);
        body.put(path.substring(0, dot), child);
    }
}
