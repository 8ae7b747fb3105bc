/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomResponseType;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Builds the request of the {@code request} escape hatch from a message: method, path and query as given, the
 * path's {@code {name}} placeholders filled from the id headers and options, the body sent as it is.
 */
public final class RawRequestBuilder {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Map<String, InputSource> REQUEST_PLACEHOLDERS = Map.ofEntries(
            Map.entry("contact_id", InputSource.CONTACT_ID), Map.entry("company_id", InputSource.COMPANY_ID),
            Map.entry("conversation_id", InputSource.CONVERSATION_ID), Map.entry("ticket_id", InputSource.TICKET_ID),
            Map.entry("tag_id", InputSource.TAG_ID), Map.entry("admin_id", InputSource.ADMIN_ID),
            Map.entry("team_id", InputSource.TEAM_ID), Map.entry("note_id", InputSource.NOTE_ID),
            Map.entry("segment_id", InputSource.SEGMENT_ID), Map.entry("ticket_type_id", InputSource.TICKET_TYPE_ID),
            Map.entry("external_id", InputSource.EXTERNAL_ID));

    private final ObjectMapper mapper;

    public RawRequestBuilder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The request of the {@code request} escape hatch: method, path and query as given, the body sent as it is. */
    public IntercomRequest build(Exchange exchange, IntercomConfiguration configuration) {
        Message message = exchange.getMessage();
        MessageInputs ctx = new MessageInputs(IntercomOperations.REQUEST, exchange, configuration);
        String method = message.getHeader(IntercomConstants.HTTP_METHOD, configuration.getMethod(), String.class);
        if (method == null || !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            throw ctx.invalid("method", "method must be one of " + METHODS + " (header " + IntercomConstants.HTTP_METHOD
                                        + " or endpoint option method), but was " + method);
        }
        method = method.toUpperCase(Locale.ROOT);
        String path = message.getHeader(IntercomConstants.PATH, configuration.getPath(), String.class);
        if (path == null || !path.startsWith("/")) {
            throw ctx.invalid("path", "path must start with / (header " + IntercomConstants.PATH
                                      + " or endpoint option path), but was " + path);
        }
        Map<String, String> query = new LinkedHashMap<>();
        int q = path.indexOf('?');
        if (q >= 0) {
            // a query string is percent-encoded; decoded here, since the client encodes every value it sends
            for (String pair : path.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (!pair.isEmpty()) {
                    query.put(decode(eq < 0 ? pair : pair.substring(0, eq), ctx), eq < 0 ? "" : decode(pair.substring(eq + 1), ctx));
                }
            }
            path = path.substring(0, q);
        }
        boolean mayHaveBody = !"GET".equals(method);
        ObjectNode body = ctx.body(mapper, mayHaveBody);
        Map<String, InputSource> placeholders = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(path);
        while (m.find()) {
            InputSource param = REQUEST_PLACEHOLDERS.get(m.group(1));
            if (param == null) {
                throw ctx.invalid(m.group(1), "no header fills {" + m.group(1) + "}; write the id into the path, or use one of "
                                              + new TreeSet<>(REQUEST_PLACEHOLDERS.keySet()));
            }
            placeholders.put(m.group(1), param);
        }
        path = ctx.fillPath(PathTemplate.of(path), placeholders, List.of(), null);
        checkPath(path, ctx);
        ctx.addExtraQuery(query);
        // a body is sent when the message has one (a DELETE only when it is not empty: some detaches need admin_id);
        // POST, PUT and PATCH without a message body send none (archive, the company list)
        boolean noMessageBody = message.getBody() == null;
        ObjectNode sent = !mayHaveBody || noMessageBody || ("DELETE".equals(method) && body.isEmpty()) ? null : body;
        // a raw call is retry-safe unless it is a POST: the component knows nothing more of an arbitrary path
        return new IntercomRequest(method, path, query, sent, !"POST".equals(method), accept(message, configuration, ctx),
                responseType(message, configuration, ctx));
    }

    /** The {@code Accept} header to send, or null for the client's own {@code application/json}. */
    private static String accept(Message message, IntercomConfiguration configuration, MessageInputs ctx) {
        String accept = message.getHeader(IntercomConstants.ACCEPT, configuration.getAccept(), String.class);
        if (accept == null || accept.isBlank() || "application/json".equals(accept)) {
            return null;
        }
        if (accept.chars().anyMatch(Character::isISOControl)) {
            throw ctx.invalid("accept", "accept must be one line (header " + IntercomConstants.ACCEPT
                                        + " or endpoint option accept), but holds a control character");
        }
        return accept.strip();
    }

    private static IntercomResponseType responseType(Message message, IntercomConfiguration configuration, MessageInputs ctx) {
        Object value = message.getHeader(IntercomConstants.RESPONSE_TYPE);
        if (value == null) {
            return configuration.getResponseType();
        }
        if (value instanceof IntercomResponseType type) {
            return type;
        }
        for (IntercomResponseType type : IntercomResponseType.values()) {
            if (type.name().equals(String.valueOf(value).strip())) {
                return type;
            }
        }
        throw ctx.invalid("responseType", "header " + IntercomConstants.RESPONSE_TYPE + " must be one of json, bytes, stream, "
                                          + "but was '" + value + "'");
    }

    /**
     * Refuses a path that the client could not send as written, or that a server or proxy would resolve to another
     * endpoint than it names: a {@code .} or {@code ..} segment, in any percent-encoding.
     */
    private static void checkPath(String path, MessageInputs ctx) {
        String dot = PathSegments.dotSegment(path);
        if (dot != null) {
            throw ctx.invalid("path", "path must not have a segment . or .. (here '" + dot + "'), which a server resolves "
                                      + "to another endpoint, but was " + path);
        }
        try {
            URI uri = new URI("https://host" + path);
            if (uri.getRawFragment() != null) {
                throw ctx.invalid("path", "path must not have a fragment (#), but was " + path);
            }
        } catch (URISyntaxException e) {
            throw ctx.invalid("path", "path is not a valid URI path (" + e.getReason() + " at index "
                                      + (e.getIndex() - "https://host".length()) + "); percent-encode it, but was " + path);
        }
    }

    private static String decode(String text, MessageInputs ctx) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ctx.invalid("path", "the query of the path is not validly percent-encoded at '" + text + "'");
        }
    }
}
