/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomInputException;
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
        Located located = locate(source, body);
        takeOut(source, body);
        return located == null ? null : located.value();
    }

    /** Like {@link #resolve} but without taking anything out of the body. */
    String peek(InputSource source, ObjectNode body) {
        Located located = locate(source, body);
        return located == null ? null : located.value();
    }

    /** A value and where it came from ({@code header CamelIntercomContactId}), for error messages. */
    private record Located(String value, String origin) {
    }

    private Located locate(InputSource source, ObjectNode body) {
        String field = source.bodyField();
        JsonNode node = body == null || field == null ? null : body.get(field);
        if (node != null && node.isValueNode() && !node.isNull()) {
            if (!node.isTextual() && !node.isNumber()) {
                throw invalid(field, field + " must be text or a number, but was a JSON "
                                     + node.getNodeType().name().toLowerCase(Locale.ROOT) + " (body field " + field + ")");
            }
            if (!node.asText().isBlank()) {
                return new Located(node.asText(), "body field " + field);
            }
        }
        String value = message().getHeader(source.header(), String.class);
        if (value != null && !value.isBlank()) {
            return new Located(value, "header " + source.header());
        }
        value = source.optionValue(configuration);
        return value == null || value.isBlank() ? null : new Located(value, "endpoint option " + source.option());
    }

    /** Removes the source's body field where it holds a value: it is not part of what is sent. */
    private static void takeOut(InputSource source, ObjectNode body) {
        if (body != null && source.bodyField() != null && body.path(source.bodyField()).isValueNode()) {
            body.remove(source.bodyField());
        }
    }

    /** The error of a path id that no source gives, naming a source that holds only blanks, if one does. */
    IntercomInputException missing(String name, InputSource source, ObjectNode body) {
        String blank = null;
        JsonNode node = body == null || source.bodyField() == null ? null : body.get(source.bodyField());
        if (node != null && node.isTextual()) {
            blank = "body field " + source.bodyField();
        } else if (message().getHeader(source.header()) != null) {
            blank = "header " + source.header();
        } else if (source.optionValue(configuration) != null) {
            blank = "endpoint option " + source.option();
        }
        return invalid(name, name + " is required: set " + source.sources() + (blank == null ? "" : " (" + blank + " is blank)"));
    }

    /**
     * The path template with each variable filled from its source as one percent-encoded segment; digits-only where
     * so declared. An id of {@code .} or {@code ..} is refused: it would send the call to another endpoint.
     */
    String fillPath(PathTemplate template, Map<String, InputSource> sources, List<String> digits, ObjectNode body) {
        String[] values = new String[template.variables()];
        for (Map.Entry<String, InputSource> e : sources.entrySet()) {
            String name = e.getKey();
            Located id = locate(e.getValue(), body);
            if (id == null) {
                throw missing(name, e.getValue(), body);
            }
            takeOut(e.getValue(), body);
            String value = id.value().strip();
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw invalid(name, name + " must be an id, but holds a control character (" + id.origin() + ")");
            }
            if (PathSegments.isDotSegment(value)) {
                throw invalid(name, name + " must be an id, but was '" + value + "' (" + id.origin()
                                    + "): a path segment of . or .. would send the call to another endpoint");
            }
            if (digits.contains(name) && !value.chars().allMatch(Character::isDigit)) {
                throw invalid(name, name + " must be digits only, but was '" + value + "' (" + id.origin() + ")");
            }
            int index = template.indexOf(name);
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

    /** Whether anything but whitespace follows the value the parser has read (a stray {@code }} too). */
    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
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
            try (JsonParser parser = mapper.createParser(text)) {
                tree = mapper.readTree(parser);
                // one JSON value and nothing after it: {"a":1}}} is refused, not sent as {"a":1}
                JsonLocation end = parser.currentLocation();
                if (hasMore(parser)) {
                    if (!strict) {
                        return mapper.createObjectNode();
                    }
                    throw invalid("body", "the body is not one valid JSON value: there is more after it, at line "
                                          + end.getLineNr() + " column " + end.getColumnNr());
                }
            } catch (IOException e) {
                // a String holds no I/O failure: what is thrown here is Jackson's, about the text
                if (!strict) {
                    return mapper.createObjectNode();
                }
                throw invalid("body", "the body is not one valid JSON value: "
                                      + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
            }
        } else {
            if (strict) {
                StructuredBody.check(body, this);
            }
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
