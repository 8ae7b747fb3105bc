/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.model.Ticket;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input fails before a request is sent, with an {@link IntercomInputException} that names the
 * operation and the field at fault.
 */
class InputValidationTest extends IntercomTestSupport {

    private static final Map<String, Object> CONVERSATION = Map.of(IntercomConstants.CONVERSATION_ID, "123");
    private static final Map<String, Object> CONVERSATION_AND_ADMIN = Map.of(IntercomConstants.CONVERSATION_ID, "123",
            IntercomConstants.ADMIN_ID, "7");

    /**
     * One bad message and the error it must cause.
     *
     * @param name      what is wrong
     * @param uri       the endpoint
     * @param headers   message headers
     * @param body      the message body (null for none)
     * @param operation the operation the exception names
     * @param field     the field the exception names
     * @param mentions  texts the message must contain, besides the operation
     */
    record BadInput(String name, String uri, Map<String, Object> headers, Object body, String operation, String field,
            List<String> mentions) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A body that Jackson cannot write. */
    public static final class Unserialisable {
        public String getValue() {
            throw new IllegalStateException("cannot be read");
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                bad("missing path id", "contact?operation=get", Map.of(), null, "contact.get", "contact_id",
                        "header CamelIntercomContactId", "endpoint option contactId", "body field contact_id"),
                bad("missing admin_id on close", "conversation?operation=close", CONVERSATION, null, "conversation.close",
                        "admin_id", "header CamelIntercomAdminId", "endpoint option adminId"),
                bad("contact without email, external_id or role", "contact?operation=create", Map.of(),
                        Map.of("name", "A"), "contact.create", "email", "email, external_id, role"),
                bad("conversation without body", "conversation?operation=create",
                        Map.of(IntercomConstants.CONTACT_ID, "6762f0ad1bb69f9f2193bb2b"), Map.of("subject", "hi"),
                        "conversation.create", "body", "body field body is required"),
                bad("ticket without contacts", "ticket?operation=create", Map.of(), Map.of("ticket_type_id", "1"),
                        "ticket.create", "contacts", "CamelIntercomContactId"),
                bad("body not JSON", "contact?operation=create", Map.of(), "{\"email\": ", "contact.create", "body",
                        "not one valid JSON value"),
                bad("JSON array body", "contact?operation=create", Map.of(), "[{\"email\":\"a@b.c\"}]", "contact.create",
                        "body", "must be a JSON object", "array"),
                bad("body that cannot be serialised", "contact?operation=create", Map.of(), new Unserialisable(),
                        "contact.create", "body", Unserialisable.class.getName()),
                bad("non-digit conversation id", "conversation?operation=get",
                        Map.of(IntercomConstants.CONVERSATION_ID, "abc"), null, "conversation.get", "conversation_id",
                        "digits", "abc"),
                bad("role not in the enum", "contact?operation=create", Map.of(),
                        Map.of("email", "a@b.c", "role", "admin"), "contact.create", "role", "user, lead", "admin"),
                bad("integer field given a word", "conversation?operation=snooze", CONVERSATION_AND_ADMIN,
                        Map.of("snoozed_until", "tomorrow"), "conversation.snooze", "snoozed_until", "integer", "tomorrow"),
                bad("unknown search operator", "contact?operation=search", Map.of(),
                        leaf("email", "LIKE", "a@b.c"), "contact.search", "query.operator", "LIKE"),
                bad("IN with a single value", "contact?operation=search", Map.of(),
                        leaf("role", "IN", "user"), "contact.search", "query.value", "IN", "array"),
                bad("group of 16 filters", "conversation?operation=search", Map.of(), group("AND", 16),
                        "conversation.search", "query.value", "15", "16"),
                bad("groups nested too deep", "ticket?operation=search", Map.of(), nested(4), "ticket.search",
                        "query.value[0].value[0].value[0]", "2 levels"),
                bad("perPage 0", "contact?operation=list", Map.of(IntercomConstants.PER_PAGE, 0), null, "contact.list",
                        "per_page", "between 1 and 150", "0"),
                bad("perPage 151", "contact?operation=list", Map.of(IntercomConstants.PER_PAGE, 151), null, "contact.list",
                        "per_page", "between 1 and 150", "151"),
                bad("perPage not a number", "contact?operation=list", Map.of(IntercomConstants.PER_PAGE, "ten"), null,
                        "contact.list", "per_page", "ten"),
                bad("paginate not a boolean", "contact?operation=list", Map.of(IntercomConstants.PAGINATE, "maybe"), null,
                        "contact.list", "paginate", "maybe"),
                bad("unknown operation in the header", "contact?operation=get",
                        Map.of(IntercomConstants.OPERATION, "frobnicate"), null, "contact.frobnicate", "operation",
                        "frobnicate", "valid operations: " + String.join(", ", IntercomOperations.operations("contact"))),
                bad("request with a bad method", "request?path=/me", Map.of(IntercomConstants.HTTP_METHOD, "FETCH"), null,
                        "request", "method", "FETCH"),
                bad("request with a relative path", "request?method=GET", Map.of(IntercomConstants.PATH, "me"), null,
                        "request", "path", "must start with /", "me"),
                bad("request path with a placeholder nothing fills", "request?method=GET&path=/things/{thing_id}", Map.of(),
                        null, "request", "thing_id", "no header fills {thing_id}"),
                bad("body for the wrong resource: a Ticket to contact.create", "contact?operation=create", Map.of(),
                        aTicket(), "contact.create", "email", "one of the body fields email, external_id, role is required"),
                bad("no id for any variant", "note?operation=create", Map.of(), Map.of("body", "Called"), "note.create",
                        "contact_id", "needs contact_id", "or company_id"),
                bad("a value of the wrong type for the description", "contact?operation=create", Map.of(),
                        Map.of("email", true), "contact.create", "email", "body field email must be string, but was true"),
                bad("no operation at all", "contact", Map.of(), null, "contact", "operation", "no operation",
                        "header CamelIntercomOperation"),
                bad("perPage option above the operation's maximum", "company?operation=list&perPage=61", Map.of(), null,
                        "company.list", "per_page", "between 1 and 60", "61"),
                bad("perPage option not a number (Camel reads it as a duration: 0)", "contact?operation=list&perPage=ten",
                        Map.of(), null, "contact.list", "per_page", "between 1 and 150", "was 0"),
                bad("body with text after its JSON value", "contact?operation=create", Map.of(), "{\"email\":\"a@b.c\"}}}",
                        "contact.create", "body", "not one valid JSON value", "more after it, at line 1 column 18"),
                bad("Map body with a key that is not a String", "contact?operation=update",
                        Map.of(IntercomConstants.CONTACT_ID, "1"), Map.of("custom_attributes", Map.of(1, "x")),
                        "contact.update", "custom_attributes", "keys of a body Map must be Strings", "key 1",
                        "java.lang.Integer"),
                bad("Map body with a number that is not finite", "contact?operation=update",
                        Map.of(IntercomConstants.CONTACT_ID, "1"), Map.of("custom_attributes", Map.of("score", Double.NaN)),
                        "contact.update", "custom_attributes.score", "finite number"),
                bad("an object field given as a boolean", "conversation?operation=create", Map.of(),
                        Map.of("from", true, "body", "Hi"), "conversation.create", "from", "must be a JSON object", "boolean"),
                bad("an object field given as an empty string", "message?operation=create",
                        Map.of(IntercomConstants.ADMIN_ID, "7"), Map.of("from", "", "message_type", "in_app", "body", "Hi"),
                        "message.create", "from", "must be a JSON object", "string"),
                bad("an object field to nest into given as text", "conversation?operation=attachContact",
                        CONVERSATION_AND_ADMIN, Map.of("customer", "x", "email", "a@b.c"), "conversation.attachContact",
                        "customer", "must be a JSON object"),
                bad("search pagination not an object", "contact?operation=search", Map.of(IntercomConstants.PER_PAGE, 5),
                        Map.of("query", leaf("email", "=", "a@b.c"), "pagination", "next"), "contact.search", "pagination",
                        "must be a JSON object"),
                bad("null text on close", "conversation?operation=close", CONVERSATION_AND_ADMIN,
                        "{\"body\": null}", "conversation.close", "body", "not null"),
                bad("null for a field of fixed values", "contact?operation=create", Map.of(),
                        "{\"email\": \"a@b.c\", \"role\": null}", "contact.create", "role", "not null"),
                bad("null where the description allows none", "contact?operation=create", Map.of(),
                        "{\"external_id\": \"x\", \"email\": null}", "contact.create", "email", "not null", "string"),
                bad("page number not a number", "call?operation=list", Map.of(IntercomConstants.PAGE, "#"), null,
                        "call.list", "page", "integer", "#"),
                bad("a path id given as a boolean body field", "contact?operation=get", Map.of(), Map.of("contact_id", true),
                        "contact.get", "contact_id", "text or a number", "boolean", "body field contact_id"),
                bad("a blank path id header", "contact?operation=get", Map.of(IntercomConstants.CONTACT_ID, " "), null,
                        "contact.get", "contact_id", "header CamelIntercomContactId is blank"),
                bad("a path id of ..", "contact?operation=detachTag",
                        Map.of(IntercomConstants.CONTACT_ID, "63a07ddf05a32042dffac965", IntercomConstants.TAG_ID, ".."), null,
                        "contact.detachTag", "tag_id", "'..'", "header CamelIntercomTagId", "another endpoint"),
                bad("request path with a .. segment", "request?method=GET", Map.of(IntercomConstants.PATH,
                        "/subscription_types/../admins"), null, "request", "path", "segment . or ..", "'..'"),
                bad("request path with a percent-encoded .. segment", "request?method=DELETE", Map.of(IntercomConstants.PATH,
                        "/contacts/1/tags/%2e%2E"), null, "request", "path", "'%2e%2E'"),
                bad("request path that is not a valid URI path", "request?method=GET", Map.of(IntercomConstants.PATH,
                        "/contacts/a b"), null, "request", "path", "not a valid URI path", "percent-encode"),
                bad("extra query header not a Map", "contact?operation=list", Map.of(IntercomConstants.QUERY, "role=user"),
                        null, "contact.list", "query", "must be a Map", "java.lang.String"));
    }

    /** Inputs at the limits of what the checks allow: each must be sent, so the checks are not stricter than Intercom. */
    static Stream<Arguments> inputsAtTheLimits() {
        return Stream.of(
                Arguments.of("perPage 1", "contact?operation=list", Map.of(IntercomConstants.PER_PAGE, 1), null),
                Arguments.of("perPage 150 as text", "contact?operation=list", Map.of(IntercomConstants.PER_PAGE, "150"), null),
                Arguments.of("paginate as text", "contact?operation=list", Map.of(IntercomConstants.PAGINATE, "true"), null),
                Arguments.of("IN with an array", "contact?operation=search", Map.of(),
                        leaf("role", "IN", List.of("user", "lead"))),
                Arguments.of("group of 15 filters", "conversation?operation=search", Map.of(), group("OR", 15)),
                Arguments.of("groups nested 3 deep", "ticket?operation=search", Map.of(), nested(3)));
    }

    @BeforeEach
    void answerEverything() {
        // were a request sent, it would succeed: only the component's own checks can make these calls fail
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"list\",\"data\":[],\"conversations\":[],\"tickets\":[]}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void failsBeforeAnyRequest(BadInput c) {
        Exchange result = template.send("intercom:" + c.uri(), ex -> {
            c.headers().forEach(ex.getMessage()::setHeader);
            ex.getMessage().setBody(c.body());
        });

        IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
        assertEquals(c.operation(), e.getOperation());
        assertEquals(c.field(), e.getField());
        assertTrue(e.getMessage().startsWith(c.operation() + ": "), e.getMessage());
        for (String mention : c.mentions()) {
            assertTrue(e.getMessage().contains(mention), () -> "'" + mention + "' missing from: " + e.getMessage());
        }
        assertEquals(0, wireMock.getAllServeEvents().size(), "no request may reach Intercom");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputsAtTheLimits")
    void sendsInputAtTheLimits(String name, String uri, Map<String, Object> headers, Object body) {
        Exchange result = template.send("intercom:" + uri, ex -> {
            headers.forEach(ex.getMessage()::setHeader);
            ex.getMessage().setBody(body);
        });

        assertNull(result.getException());
        assertEquals(1, wireMock.getAllServeEvents().size());
    }

    private static BadInput bad(String name, String uri, Map<String, Object> headers, Object body, String operation,
            String field, String... mentions) {
        return new BadInput(name, uri, headers, body, operation, field, List.of(mentions));
    }

    /** A ticket as the component's model holds it: the kind of body a route might hand to the wrong endpoint. */
    private static Ticket aTicket() {
        Ticket ticket = new Ticket();
        ticket.setTicketId("42");
        ticket.setCategory("Customer");
        ticket.setOpen(true);
        return ticket;
    }

    private static Map<String, Object> leaf(String field, String operator, Object value) {
        return Map.of("field", field, "operator", operator, "value", value);
    }

    private static Map<String, Object> group(String operator, int filters) {
        List<Object> value = new ArrayList<>();
        for (int i = 0; i < filters; i++) {
            value.add(leaf("state", "=", "open"));
        }
        return Map.of("operator", operator, "value", value);
    }

    /** Groups inside groups, {@code levels} deep, around one filter. */
    private static Map<String, Object> nested(int levels) {
        Map<String, Object> query = new HashMap<>(leaf("state", "=", "open"));
        for (int i = 0; i < levels; i++) {
            query = Map.of("operator", "AND", "value", List.of(query));
        }
        return query;
    }
}
