/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomErrorEntry;

/**
 * Turns an error response into an {@link IntercomApiException}: Intercom's error list, its request id, the rate-limit
 * reset and the canonical location of a moved object.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static IntercomApiException toException(IntercomRequest request, String baseUri, RawResponse raw, ObjectMapper mapper) {
        JsonNode body = null;
        try {
            body = raw.text().isBlank() ? null : mapper.readTree(raw.text());
        } catch (JsonProcessingException e) {
            // an HTML page from a proxy or load balancer: no Intercom error codes to read
        }
        List<IntercomErrorEntry> errors = new ArrayList<>();
        if (body != null) {
            for (JsonNode e : body.path("errors")) {
                errors.add(new IntercomErrorEntry(e.path("code").asText(null), e.path("message").asText(null),
                        e.path("field").asText(null)));
            }
        }
        return new IntercomApiException(request.method(), baseUri + request.path(), raw.status(), raw.reason(), raw.headerMap(),
                raw.text(), errors, requestId(raw, body), raw.longHeader(RateLimitAccounting.RESET), canonicalLink(raw),
                request.retrySafe());
    }

    /** Intercom's id of the request: the {@code X-Request-Id} header, else the body's {@code request_id}. */
    private static String requestId(RawResponse raw, JsonNode body) {
        String id = raw.header("X-Request-Id");
        if (id == null && body != null && body.hasNonNull("request_id")) {
            id = body.get("request_id").asText();
        }
        return id;
    }

    /** The target of {@code Link: </contacts/abc>; rel="canonical"}. */
    private static String canonicalLink(RawResponse raw) {
        String link = raw.header("Link");
        if (link == null) {
            return null;
        }
        for (String part : link.split(",")) {
            int open = part.indexOf('<');
            int close = part.indexOf('>');
            if (open >= 0 && close > open && part.contains("canonical")) {
                return part.substring(open + 1, close);
            }
        }
        return null;
    }
}
