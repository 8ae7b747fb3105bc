/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelintercom.component.api.InputSource;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.component.api.RecordingServer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No id reaches another endpoint than its operation's own: every path id of every row of the operation table, given
 * as {@code .}, {@code ..}, empty or blank from each place it may come from (header, endpoint option, body field), is
 * refused before anything is sent, with an {@link IntercomInputException} naming the operation, the id and the place;
 * an id holding {@code /}, {@code ?}, {@code #} or {@code %} is sent as one segment. The escape hatch refuses a path
 * with a {@code .} or {@code ..} segment in any percent-encoding.
 */
class PathIdTest extends IntercomTestSupport {

    private static final List<String> DOT_IDS = List.of(".", "..", " .. ");
    private static final List<String> BLANK_IDS = List.of("", "   ");

    /** Where an id is put: its header, its endpoint option or its body field. */
    private enum Place {
        HEADER,
        OPTION,
        BODY_FIELD
    }

    @TestFactory
    Stream<DynamicTest> everyPathIdOfEveryOperationRefusesDotAndBlankIdsFromEveryPlace() {
        stubFor(any(anyUrl()).willReturn(okJson("{}")));
        List<DynamicTest> tests = new ArrayList<>();
        for (OperationDefinition def : IntercomOperations.all()) {
            for (Map.Entry<String, InputSource> param : def.pathParams().entrySet()) {
                for (Place place : Place.values()) {
                    String origin = origin(param.getValue(), place);
                    if (origin == null) {
                        continue;
                    }
                    for (String id : concat(DOT_IDS, BLANK_IDS)) {
                        tests.add(DynamicTest.dynamicTest(def.fullName() + " " + def.pathTemplate() + ": " + param.getKey()
                                                          + " '" + id + "' from " + origin,
                                () -> assertRefused(def, param.getKey(), param.getValue(), place, id)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private void assertRefused(OperationDefinition def, String name, InputSource source, Place place, String id) {
        wireMock.resetRequests();
        String uri = "intercom:" + def.resource() + "?operation=" + def.name();
        if (place == Place.OPTION) {
            uri += "&" + source.option() + "=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        }
        Map<String, Object> headers = new HashMap<>();
        def.pathParams().forEach((other, otherSource) -> headers.put(otherSource.header(), "123"));
        headers.remove(source.header());
        if (place == Place.HEADER) {
            headers.put(source.header(), id);
        }
        Object body = place == Place.BODY_FIELD ? Map.of(source.bodyField(), id) : null;

        Exchange result = template.send(uri, ex -> {
            ex.getMessage().setHeaders(headers);
            ex.getMessage().setBody(body);
        });

        IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
        assertEquals(def.fullName(), e.getOperation());
        assertTrue(e.getMessage().contains(origin(source, place)), () -> "the place is not named: " + e.getMessage());
        boolean blank = id.isBlank();
        if (!blank) {
            assertEquals(name, e.getField());
            assertTrue(e.getMessage().contains("'" + id.trim() + "'"), () -> "the id is not named: " + e.getMessage());
        } else if (IntercomOperations.find(def.resource(), def.name()).size() == 1) {
            assertEquals(name, e.getField());
        }
        assertEquals(0, wireMock.getAllServeEvents().size(), "no request may reach Intercom");
    }

    @Test
    void anIdWithSlashQuestionMarkHashAndPercentIsSentAsOneSegment() throws Exception {
        try (RecordingServer server = new RecordingServer()) {
            server.answer("{\"type\":\"tag\",\"id\":\"1\"}");

            Exchange result = template.send("intercom:contact?operation=detachTag&baseUri=" + server.baseUri(), ex -> {
                ex.getMessage().setHeader(IntercomConstants.CONTACT_ID, "../../admins");
                ex.getMessage().setHeader(IntercomConstants.TAG_ID, "a/..?x=1#f%2e%");
            });

            assertNull(result.getException());
            assertEquals(List.of("DELETE /contacts/..%2F..%2Fadmins/tags/a%2F..%3Fx%3D1%23f%252e%25"),
                    server.arrivals().stream().map(RecordingServer.Arrival::call).toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> theEscapeHatchRefusesPathsWithDotSegments() {
        return refusedPaths("segment . or ..", "/subscription_types/../admins", "/contacts/1/tags/..", "/./me", "/me/.",
                "/contacts/%2e%2e/x", "/contacts/%2E%2E", "/contacts/.%2e", "/contacts/%252e%252e", "/contacts/..%2fadmins",
                "/contacts/a%2f..%2fb", "/contacts/..%5cadmins", "/..?per_page=1");
    }

    @TestFactory
    Stream<DynamicTest> theEscapeHatchRefusesPathsItCannotSendAsWritten() {
        return refusedPaths("path", "/contacts/a b", "/me#top", "/contacts/{Contact}", "/contacts/\"x\"");
    }

    /** Each path, given to the escape hatch, is refused before sending with a message that mentions the text. */
    private Stream<DynamicTest> refusedPaths(String mention, String... paths) {
        stubFor(any(anyUrl()).willReturn(okJson("{}")));
        return Stream.of(paths).map(path -> DynamicTest.dynamicTest(path, () -> {
            wireMock.resetRequests();
            Exchange result = template.send("intercom:request?method=GET", ex -> ex.getMessage()
                    .setHeader(IntercomConstants.PATH, path));

            IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
            assertEquals("request", e.getOperation());
            assertEquals("path", e.getField());
            assertTrue(e.getMessage().contains(mention), e.getMessage());
            assertEquals(0, wireMock.getAllServeEvents().size(), "no request may reach Intercom");
        }));
    }

    @Test
    void theEscapeHatchRefusesAPlaceholderFilledWithADotSegment() {
        Exchange result = template.send("intercom:request?method=DELETE&path=/contacts/{contact_id}/tags/{tag_id}", ex -> {
            ex.getMessage().setHeader(IntercomConstants.CONTACT_ID, "63a07ddf05a32042dffac965");
            ex.getMessage().setHeader(IntercomConstants.TAG_ID, "..");
        });

        IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
        assertEquals("tag_id", e.getField());
        assertTrue(e.getMessage().contains("header " + IntercomConstants.TAG_ID), e.getMessage());
        assertEquals(0, wireMock.getAllServeEvents().size(), "no request may reach Intercom");
    }

    @Test
    void theEscapeHatchSendsAPathWithDotsInsideSegments() {
        stubFor(any(anyUrl()).willReturn(okJson("{}")));

        Exchange result = template.send("intercom:request?method=GET&path=/articles/a..b/.well/x.", ex -> {
        });

        assertNull(result.getException());
        assertEquals("/articles/a..b/.well/x.", wireMock.getAllServeEvents().get(0).getRequest().getUrl());
    }

    private static String origin(InputSource source, Place place) {
        return switch (place) {
            case HEADER -> "header " + source.header();
            case OPTION -> source.option() == null ? null : "endpoint option " + source.option();
            case BODY_FIELD -> source.bodyField() == null ? null : "body field " + source.bodyField();
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
