package dev.camelintercom.component.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer of the API: the status, the JSON body (null when empty) and the figures of its headers.
 */
public record IntercomResponse(int status, JsonNode body, Map<String, String> headers, String requestId,
        Integer rateLimitLimit, Integer rateLimitRemaining, Long rateLimitReset) {
}
