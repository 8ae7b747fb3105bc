/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case of the contract tests, read from {@code src/test/resources/contract/<resource>.json}: the message sent to
 * an endpoint, the exact request Intercom must receive, the response it gives, and what the route must see.
 *
 * @param name            what the case shows
 * @param operation       {@code resource.operation}, or {@code request} for the escape hatch
 * @param uriOptions      extra endpoint options, e.g. {@code adminId=7}
 * @param headers         message headers
 * @param body            the message body as JSON (a Map is sent), or absent
 * @param bodyText        the message body as a String, instead of {@code body}
 * @param request         the request expected: {@code method}, {@code path}, {@code query} (exact), {@code body}
 *                        (exact JSON, absent when no body may be sent)
 * @param status          the status Intercom answers with (200 when absent)
 * @param response        a file under {@code examples/} with the response body, e.g. {@code ShowContact.json}
 * @param responseBody    an inline response body, instead of {@code response}
 * @param responseHeaders headers of the response
 * @param expect          what the route sees: {@code bodyClass} (simple name of a model class, {@code List} or
 *                        {@code Iterator}, or {@code unchanged}), {@code itemClass}, {@code size}, {@code id},
 *                        {@code headers} (exact values)
 */
public record ContractCase(String name, String operation, String uriOptions, Map<String, Object> headers, JsonNode body,
        String bodyText, JsonNode request, Integer status, String response, JsonNode responseBody,
        Map<String, String> responseHeaders, JsonNode expect) {

    @Override
    public String toString() {
        return operation + ": " + name;
    }
}
