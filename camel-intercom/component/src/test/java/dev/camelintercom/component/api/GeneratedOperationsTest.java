/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of Intercom's description is sent by a test: the generated rows here, one message each with the
 * inputs the description marks required, each request checked against the description (method, path with its ids,
 * required query parameters, required body fields) and the answer read into the row's type; the hand-written rows by
 * their contract cases ({@code OperationCoverageTest}).
 */
class GeneratedOperationsTest extends IntercomTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<OperationDefinition> generatedRows() {
        return IntercomOperations.all().stream().filter(def -> !def.isHandWritten());
    }

    @Test
    void everyOperationOfTheDescriptionIsARowOfTheTable() {
        assertEquals(231, ApiFacts.all().size(), "the operations of Intercom's description 2.16");
        List<String> missing = ApiFacts.all().stream()
                .filter(f -> IntercomOperations.all().stream().noneMatch(def -> def.facts() == f))
                .map(f -> f.fullName() + " " + f.method() + " " + f.path()).toList();
        assertEquals(List.of(), missing, "operations of the description that no row sends");
        assertEquals(List.of(), IntercomOperations.conflicts(), "generated names taken by hand-written rows");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedRows")
    void theRequestIsTheDescriptionsAndTheAnswerTheRowsType(OperationDefinition def) throws Exception {
        ApiFacts.OperationFacts facts = def.facts();
        stubFor(any(anyUrl()).willReturn(answer(def)));
        RequiredInputs.Message message = RequiredInputs.of(def, input -> null);
        Map<String, Object> headers = message.headers();
        String expectedPath = message.path();
        Map<String, String> query = message.query();
        ObjectNode body = message.body();
        Object originalBody = body == null ? "unchanged" : body.toString();

        Exchange result = template.request("intercom:" + def.resource() + "?operation=" + def.name(), e -> {
            e.getMessage().setHeaders(headers);
            e.getMessage().setBody(originalBody);
        });

        assertNull(result.getException(), () -> def + ": " + result.getException());
        List<LoggedRequest> requests = findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, requests.size());
        LoggedRequest request = requests.get(0);
        assertEquals(facts.method(), request.getMethod().getName());
        assertEquals(expectedPath, request.getUrl().split("\\?")[0]);
        query.forEach((name, value) -> assertEquals(value, request.queryParameter(name).firstValue(), name));
        if (body != null) {
            JsonNode sent = JSON.readTree(request.getBodyAsString());
            for (String field : facts.body().required()) {
                assertTrue(sent.has(field), def + " sends required field " + field);
            }
        } else {
            assertEquals(0, request.getBody().length, def + " sends no body where the description declares none");
        }
        Object answer = result.getMessage().getBody();
        switch (def.result()) {
            case LIST -> assertEquals(1, assertInstanceOf(List.class, answer).size());
            case JSON -> assertInstanceOf(JsonNode.class, answer);
            case OBJECT -> assertInstanceOf(def.modelClass(), answer);
            case NONE -> assertEquals(originalBody, answer);
            default -> throw new IllegalStateException(def.result().name());
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(OperationDefinition def) {
        return def.result() == OperationDefinition.Result.NONE
                ? aResponse().withStatus(def.facts().answer().status()) : okJson(RequiredInputs.answer(def).toString());
    }
}
