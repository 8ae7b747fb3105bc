/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConflictPolicy;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelintercom.component.model.Contact;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code contactConflict}: what contact create does when Intercom answers 409 because the contact exists. Intercom names
 * the existing contact in its message; when it does not, the contact is searched by external_id, then by email.
 */
class ContactConflictTest extends IntercomTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXISTING = "6762f0d01bb69f9f2193bb7d";
    private static final String FOUND = "6762f0cd1bb69f9f2193bb7c";
    private static final String EXTERNAL_ID = "crm-4711";
    private static final String EMAIL = "jane@example.org";
    private static final Map<String, Object> FULL = Map.of("external_id", EXTERNAL_ID, "email", EMAIL, "name", "Jane");
    private static final Map<String, Object> EMAIL_ONLY = Map.of("email", EMAIL, "name", "Jane");
    private static final String NAMES_IT = "A contact matching those details already exists with id=" + EXISTING;
    private static final String NAMES_NONE = "A contact matching those details already exists";

    /** A request that reached Intercom. */
    record Call(String method, String url, JsonNode body) {

        static Call of(String method, String url, Object body) {
            return new Call(method, url, body == null ? null : JSON.valueToTree(body));
        }

        static Call of(LoggedRequest request) throws JsonProcessingException {
            String body = request.getBodyAsString();
            return new Call(request.getMethod().getName(), request.getUrl(), body.isEmpty() ? null : JSON.readTree(body));
        }
    }

    /**
     * @param create     the contact to create
     * @param message    Intercom's 409 message
     * @param byExternal the id the search by external_id finds, or null
     * @param byEmail    the id the search by email finds, or null
     * @param calls      every request Intercom must receive, in order
     * @param resolvedId the contact the route gets, or null when the 409 is thrown
     */
    record ConflictCase(String name, IntercomConflictPolicy policy, Map<String, Object> create, String message,
            String byExternal, String byEmail, List<Call> calls, String resolvedId) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ConflictCase> cases() {
        return Stream.of(
                new ConflictCase("fail (the default) throws the 409", null, FULL, NAMES_IT, null, null,
                        List.of(create(FULL)), null),
                new ConflictCase("returnExisting reads the contact the message names", IntercomConflictPolicy.returnExisting,
                        FULL, NAMES_IT, null, null, List.of(create(FULL), read(EXISTING)), EXISTING),
                new ConflictCase("update puts the create's fields on the contact the message names",
                        IntercomConflictPolicy.update, FULL, NAMES_IT, null, null,
                        List.of(create(FULL), Call.of("PUT", "/contacts/" + EXISTING, FULL)), EXISTING),
                new ConflictCase("returnExisting finds the contact by external_id", IntercomConflictPolicy.returnExisting,
                        FULL, NAMES_NONE, FOUND, null, List.of(create(FULL), search("external_id", EXTERNAL_ID), read(FOUND)),
                        FOUND),
                new ConflictCase("update finds the contact by email when external_id finds none",
                        IntercomConflictPolicy.update, FULL, NAMES_NONE, null, FOUND,
                        List.of(create(FULL), search("external_id", EXTERNAL_ID), search("email", EMAIL),
                                Call.of("PUT", "/contacts/" + FOUND, FULL)),
                        FOUND),
                new ConflictCase("only an email given: only it is searched", IntercomConflictPolicy.returnExisting,
                        EMAIL_ONLY, NAMES_NONE, null, FOUND, List.of(create(EMAIL_ONLY), search("email", EMAIL), read(FOUND)),
                        FOUND),
                new ConflictCase("nothing found throws the 409", IntercomConflictPolicy.returnExisting, FULL, NAMES_NONE, null,
                        null, List.of(create(FULL), search("external_id", EXTERNAL_ID), search("email", EMAIL)), null),
                new ConflictCase("an id that is not Intercom's is not taken", IntercomConflictPolicy.update, EMAIL_ONLY,
                        "A contact matching those details already exists with id=abc", null, null,
                        List.of(create(EMAIL_ONLY), search("email", EMAIL)), null));
    }

    private static Call create(Map<String, Object> contact) {
        return Call.of("POST", "/contacts", contact);
    }

    private static Call read(String id) {
        return Call.of("GET", "/contacts/" + id, null);
    }

    private static Call search(String field, String value) {
        return Call.of("POST", "/contacts/search", Map.of("query", Map.of("field", field, "operator", "=", "value", value)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conflict(ConflictCase c) throws JsonProcessingException {
        stubFor(post("/contacts").willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-409\",\"errors\":[{\"code\":\"conflict\","
                          + "\"message\":\"" + c.message() + "\"}]}")));
        stubSearch("external_id", EXTERNAL_ID, c.byExternal());
        stubSearch("email", EMAIL, c.byEmail());
        for (String id : List.of(EXISTING, FOUND)) {
            stubFor(get("/contacts/" + id).willReturn(okJson(contact(id))));
            stubFor(put("/contacts/" + id).willReturn(okJson(contact(id))));
        }
        String uri = "intercom:contact?operation=create" + (c.policy() == null ? "" : "&contactConflict=" + c.policy());

        Exchange exchange = template.send(uri, e -> e.getMessage().setBody(c.create()));

        assertEquals(c.calls(), calls());
        if (c.resolvedId() == null) {
            IntercomApiException e = assertInstanceOf(IntercomApiException.class, exchange.getException());
            assertEquals(409, e.getStatusCode());
            assertEquals("req-409", e.getRequestId());
            assertEquals(c.message(), e.getErrors().get(0).message());
            assertNull(exchange.getMessage().getHeader(IntercomConstants.CONFLICT_RESOLVED));
        } else {
            assertNull(exchange.getException());
            assertEquals(c.resolvedId(), exchange.getMessage().getBody(Contact.class).getId());
            assertEquals(c.resolvedId(), exchange.getMessage().getHeader(IntercomConstants.RESOURCE_ID));
            assertEquals(c.policy().name(), exchange.getMessage().getHeader(IntercomConstants.CONFLICT_RESOLVED));
        }
    }

    private static void stubSearch(String field, String value, String foundId) {
        String data = foundId == null ? "[]" : "[" + contact(foundId) + "]";
        stubFor(post("/contacts/search").withRequestBody(equalToJson("{\"query\":{\"field\":\"" + field + "\",\"operator\":\"=\",\"value\":\"" + value
                                             + "\"}}", false, true))
                .willReturn(okJson("{\"type\":\"list\",\"data\":" + data + ",\"total_count\":" + (foundId == null ? 0 : 1)
                                   + "}")));
    }

    private static String contact(String id) {
        return "{\"type\":\"contact\",\"id\":\"" + id + "\",\"external_id\":\"" + EXTERNAL_ID + "\",\"email\":\"" + EMAIL
               + "\"}";
    }

    /** Every request that reached WireMock, first first. */
    private List<Call> calls() throws JsonProcessingException {
        List<Call> calls = new ArrayList<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            calls.add(Call.of(event.getRequest()));
        }
        Collections.reverse(calls); // WireMock lists the newest first
        return calls;
    }
}
