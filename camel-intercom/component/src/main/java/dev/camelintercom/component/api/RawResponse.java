/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hc.core5.http.Header;

/**
 * An HTTP response as read off the wire: status, reason, headers and, for an error (or when the body is traced), the
 * body as text; null when a successful body was read straight from the stream.
 */
record RawResponse(int status, String reason, Header[] headers, String text) {

    /** A header's value, its name matched without case (the last, when repeated); null when absent. */
    String header(String name) {
        String value = null;
        for (Header h : headers) {
            if (h.getName().equalsIgnoreCase(name)) {
                value = h.getValue();
            }
        }
        return value;
    }

    Integer intHeader(String name) {
        Long value = longHeader(name);
        return value == null ? null : value.intValue();
    }

    /** A numeric header, or null when it is absent or not a number. */
    Long longHeader(String name) {
        String value = header(name);
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The headers by name (a repeated one with its last value), for an error's details. */
    Map<String, String> headerMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Header h : headers) {
            map.put(h.getName(), h.getValue());
        }
        return map;
    }
}
