/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The inputs of one message for one operation: its body as a JSON object, the values of {@link InputSource}s from
 * the body, headers and endpoint options, and the extra query header. What the body rules see of the message.
 */
final class MessageInputs implements BodyRuleContext {

    private final String operationName;
    private final Exchange exchange;
    private final IntercomConfiguration configuration;

    MessageInputs(String operationName, Exchange exchange, IntercomConfiguration configuration) {
        this.operationName = operationName;
        this.exchange = exchange;
        this.configuration = configuration;
    }

    @Override
    public String operationName() {
        return operationName;
    }

    @Override
    public String headerOrOption(InputSource source) {
        String value = message().getHeader(source.header(), String.class);
        if (value == null || value.isBlank()) {
            value = source.optionValue(configuration);
        }
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public long exchangeCreatedSeconds() {
        return exchange.getClock().getCreated() / 1000;
    }

    Message message() {
        return exchange.getMessage();
    }

    /** The value from the body field (taken out: it is not part of what is sent), the header or the option. */
    String resolve(InputSource source, ObjectNode body) {
        if (body != null && source.bodyField() != null && body.hasNonNull(source.bodyField())
                && body.get(source.bodyField()).isValueNode()) {
            String value = body.remove(source.bodyField()).asText();
            if (!value.isBlank()) {
                return value;
            }
        }
        return headerOrOption(source);
    }

    /** Like {@link #resolve} but without taking anything out of the body. */
    String peek(InputSource source, ObjectNode body) {
        if (body != null && source.bodyField() != null) {
            JsonNode value = body.get(source.bodyField());
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return headerOrOption(source);
    }

    /** The path template with each variable filled from its source, percent-encoded; digits-only where so declared. */
    String fillPath(PathTemplate template, Map<String, InputSource> sources, List<String> digits, ObjectNode body) {
        String[] values = new String[template.variables()];
        for (Map.Entry<String, InputSource> e : sources.entrySet()) {
            String value = resolve(e.getValue(), body);
            if (value == null || value.isBlank()) {
                throw invalid(e.getKey(), e.getKey() + " is required: set " + e.getValue().sources());
            }
            value = value.trim();
            if (digits.contains(e.getKey()) && !value.chars().allMatch(Character::isDigit)) {
                throw invalid(e.getKey(), e.getKey() + " must be digits only, but was '" + value + "'");
            }
            int index = template.indexOf(e.getKey());
            if (index >= 0) {
                values[index] = UriEncoding.encode(value);
            }
        }
        return template.fill(values);
    }

    /** Adds the entries of the {@code CamelIntercomQuery} header. */
    void addExtraQuery(Map<String, String> query) {
        Object extra = message().getHeader(IntercomConstants.QUERY);
        if (extra == null) {
            return;
        }
        if (!(extra instanceof Map<?, ?> map)) {
            throw invalid("query", "header " + IntercomConstants.QUERY + " must be a Map, but was " + extra.getClass().getName());
        }
        map.forEach((k, v) -> {
            if (v != null) {
                query.put(String.valueOf(k), String.valueOf(v));
            }
        });
    }

    /**
     * The message body as a JSON object the builder may change. A body that is not JSON is an error where the
     * operation sends a body ({@code strict}); elsewhere it is only a source of ids, and ignored when it holds none.
     */
    ObjectNode body(ObjectMapper mapper, boolean strict) {
        Object body = message().getBody();
        if (body == null) {
            return mapper.createObjectNode();
        }
        JsonNode tree;
        if (body instanceof JsonNode node) {
            tree = node.deepCopy();
        } else if (body instanceof CharSequence || body instanceof byte[] || body instanceof java.io.InputStream
                || body instanceof java.io.Reader) {
            String text = message().getBody(String.class);
            if (text == null || text.isBlank()) {
                return mapper.createObjectNode();
            }
            try {
                tree = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                if (!strict) {
                    return mapper.createObjectNode();
                }
                throw invalid("body", "the body is not valid JSON: " + e.getOriginalMessage());
            }
        } else {
            try {
                tree = mapper.valueToTree(body);
            } catch (IllegalArgumentException e) {
                if (!strict) {
                    return mapper.createObjectNode();
                }
                throw invalid("body", "the body (" + body.getClass().getName()
                                      + ") cannot be written as JSON; use a Map, a JSON String, a JsonNode or a model class");
            }
        }
        if (tree instanceof ObjectNode object) {
            return object;
        }
        if (!strict || tree == null || tree.isNull()) {
            return mapper.createObjectNode();
        }
        throw invalid("body", "the body must be a JSON object, but was a JSON " + tree.getNodeType().name().toLowerCase(Locale.ROOT));
    }
}
