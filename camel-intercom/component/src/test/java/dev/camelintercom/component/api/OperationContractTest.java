/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every case of {@code src/test/resources/contract/*.json} against WireMock: the message goes through the
 * producer, and the one request that reaches the server is compared with the case's method, path, query, headers
 * and exact JSON body; the response (an example of Intercom's 2.16 description) must come back as the model class.
 */
class OperationContractTest extends IntercomTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<ContractCase> cases() throws IOException {
        return loadCases().stream();
    }

    static List<ContractCase> loadCases() throws IOException {
        List<ContractCase> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(resourceDir("contract"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.addAll(JSON.readValue(file.toFile(), new TypeReference<List<ContractCase>>() {
                }));
            }
        }
        return all;
    }

    static Path resourceDir(String name) {
        URL url = OperationContractTest.class.getClassLoader().getResource(name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void requestAndResponseMatchTheContract(ContractCase c) throws Exception {
        stubFor(any(anyUrl()).willReturn(response(c)));

        Exchange exchange = new DefaultExchange(context);
        if (c.headers() != null) {
            c.headers().forEach((k, v) -> exchange.getMessage().setHeader(k, v));
        }
        if (c.bodyText() != null) {
            exchange.getMessage().setBody(c.bodyText());
        } else if (c.body() != null && !c.body().isNull()) {
            exchange.getMessage().setBody(JSON.convertValue(c.body(), new TypeReference<Map<String, Object>>() {
            }));
        }
        Object originalBody = exchange.getMessage().getBody();
        Exchange result = template.send(endpointUri(c), exchange);
        if (result.getException() != null) {
            throw result.getException();
        }

        List<LoggedRequest> requests = findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, requests.size(), "exactly one request must reach Intercom");
        assertRequest(c.request(), requests.get(0));
        assertResult(c, result, originalBody);
    }

    private static String endpointUri(ContractCase c) {
        String uri;
        if (c.operation().equals("request")) {
            uri = "intercom:request";
        } else {
            String[] parts = c.operation().split("\\.");
            uri = "intercom:" + parts[0] + "?operation=" + parts[1];
        }
        if (c.uriOptions() != null) {
            uri += (uri.contains("?") ? "&" : "?") + c.uriOptions();
        }
        return uri;
    }

    private static ResponseDefinitionBuilder response(ContractCase c) throws IOException {
        ResponseDefinitionBuilder response = aResponse().withStatus(c.status() == null ? 200 : c.status());
        String body = null;
        if (c.response() != null) {
            try (InputStream in = OperationContractTest.class.getResourceAsStream("/examples/" + c.response())) {
                if (in == null) {
                    fail("no example file examples/" + c.response());
                }
                body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } else if (c.responseBody() != null) {
            body = JSON.writeValueAsString(c.responseBody());
        }
        if (body != null) {
            response.withHeader("Content-Type", "application/json").withBody(body);
        }
        if (c.responseHeaders() != null) {
            c.responseHeaders().forEach(response::withHeader);
        }
        return response;
    }

    private static void assertRequest(JsonNode expected, LoggedRequest actual) throws IOException {
        assertEquals(expected.path("method").asText(), actual.getMethod().getName(), "method");
        String url = actual.getUrl();
        int q = url.indexOf('?');
        assertEquals(expected.path("path").asText(), q < 0 ? url : url.substring(0, q), "path");

        Map<String, String> query = new HashMap<>();
        actual.getQueryParams().forEach((k, v) -> query.put(k, v.firstValue()));
        Map<String, String> expectedQuery = expected.has("query")
                ? JSON.convertValue(expected.get("query"), new TypeReference<Map<String, String>>() {
                })
                : Map.of();
        assertEquals(expectedQuery, query, "query");

        assertEquals("Bearer " + TOKEN, actual.getHeader("Authorization"), "Authorization");
        assertEquals("2.16", actual.getHeader("Intercom-Version"), "Intercom-Version");
        assertEquals("application/json", actual.getHeader("Accept"), "Accept");

        JsonNode expectedBody = expected.get("body");
        if (expectedBody == null || expectedBody.isNull()) {
            assertEquals(0, actual.getBody().length, "no body may be sent, but got " + actual.getBodyAsString());
        } else {
            assertTrue(actual.getHeader("Content-Type").startsWith("application/json"), "Content-Type");
            assertEquals(expectedBody, JSON.readTree(actual.getBodyAsString()), "request body");
        }
    }

    private static void assertResult(ContractCase c, Exchange result, Object originalBody) {
        JsonNode expect = c.expect();
        if (expect == null) {
            return;
        }
        Object body = result.getMessage().getBody();
        String bodyClass = expect.path("bodyClass").asText(null);
        if ("unchanged".equals(bodyClass)) {
            assertEquals(originalBody, body, "the body stays as it was");
        } else if ("null".equals(bodyClass)) {
            assertNull(body);
        } else if ("List".equals(bodyClass)) {
            List<?> list = assertInstanceOf(List.class, body);
            assertItems(expect, list.iterator(), list.size());
        } else if ("Iterator".equals(bodyClass)) {
            Iterator<?> it = assertInstanceOf(Iterator.class, body);
            List<Object> items = new ArrayList<>();
            it.forEachRemaining(items::add);
            assertItems(expect, items.iterator(), items.size());
        } else if ("JsonNode".equals(bodyClass)) {
            assertInstanceOf(JsonNode.class, body);
        } else if (bodyClass != null) {
            assertModel(bodyClass, body);
            if (expect.has("id")) {
                assertEquals(expect.get("id").asText(), ((IntercomObject) body).getId(), "id");
            }
        }
        if (expect.has("headers")) {
            expect.get("headers").fields().forEachRemaining(e -> assertEquals(e.getValue().isNull() ? null : e.getValue().asText(),
                    result.getMessage().getHeader(e.getKey(), String.class), "header " + e.getKey()));
        }
    }

    private static void assertItems(JsonNode expect, Iterator<?> items, int size) {
        if (expect.has("size")) {
            assertEquals(expect.get("size").asInt(), size, "number of items");
        }
        String itemClass = expect.path("itemClass").asText(null);
        while (itemClass != null && items.hasNext()) {
            assertModel(itemClass, items.next());
        }
    }

    private static void assertModel(String simpleName, Object value) {
        assertTrue(value != null, "expected a " + simpleName + " but the body is null");
        assertEquals("dev.camelintercom.component.model." + simpleName, value.getClass().getName(), "model class");
    }
}
