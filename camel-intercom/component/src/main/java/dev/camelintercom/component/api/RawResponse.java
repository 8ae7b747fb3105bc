package dev.camelintercom.component.api;

import java.util.Map;

/** An HTTP response as read off the wire: status, reason, headers and the body as text. */
record RawResponse(int status, String reason, Map<String, String> headers, String body) {

    /** A header's value, its name matched without case; null when absent. */
    String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
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
}
