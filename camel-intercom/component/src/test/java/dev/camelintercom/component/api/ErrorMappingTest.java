/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomErrorEntry;
import dev.camelintercom.testsupport.IntercomTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Intercom's error answers become {@link IntercomApiException}s that carry what the response said: status, the
 * entries of {@code error.list}, {@code request_id}, whether a retry can help, the rate-limit reset and the canonical
 * contact of a merge. One row per status of the API digest; the bodies are the description's own error examples where
 * it has one.
 */
class ErrorMappingTest extends IntercomTestSupport {

    private static final String PATH = "/contacts/c1";
    private static final String GET_CONTACT = "intercom:contact?operation=get";

    /**
     * One error answer and what the exception must say about it.
     *
     * @param example the example file under {@code examples/}, or null to send {@code inlineBody}
     */
    record ErrorCase(int status, String example, String inlineBody, Map<String, String> headers, IntercomErrorEntry error,
            String requestId, boolean transientStatus, Long rateLimitReset, String canonicalLocation) {

        String body() throws IOException {
            if (example == null) {
                return inlineBody;
            }
            try (InputStream in = ErrorMappingTest.class.getResourceAsStream("/examples/" + example)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        @Override
        public String toString() {
            return status + " " + (example != null ? example : error.code());
        }
    }

    static Stream<ErrorCase> everyStatus() {
        return Stream.of(
                example(400, "createMessage-400.json", "parameter_invalid", "Body is required",
                        "3f3e74cc-65af-4408-9bf5-9e71b55c8166"),
                example(401, "ShowContact-401.json", "unauthorized", "Access Token Invalid",
                        "45b30bd1-75d2-40cc-bb39-74ac133a2836"),
                example(403, "attachContactToConversation-403.json", "api_plan_restricted", "Active subscription needed.",
                        "99f72599-ac98-4b1e-af96-808654b6383e"),
                example(404, "ListAttachedContacts-404.json", "company_not_found", "Company Not Found",
                        "5dde0b79-8c81-4d9e-a4d4-736a44cf2f00"),
                inline(409, Map.of(), "conflict", "A contact matching those details already exists with id=abc", "email",
                        "req-409", false, null),
                new ErrorCase(410, "ShowContact-410.json", null, Map.of("Link", "</contacts/abc>; rel=\"canonical\""),
                        new IntercomErrorEntry("contact_merged",
                                "This contact has been merged. See the 'Link' header for the canonical contact.", null),
                        "45b30bd1-75d2-40cc-bb39-74ac133a2836", false, null, "/contacts/abc"),
                example(422, "createMessage-422.json", "parameter_not_found", "No subject supplied for email message",
                        "97db463e-7070-4ac9-9846-9a5d31933772"),
                inline(429, Map.of("X-RateLimit-Reset", "1767225600"), "rate_limit_exceeded",
                        "Exceeded rate limit of 167 in 10_seconds", null, "req-429", true, 1767225600L),
                inline(500, Map.of(), "server_error", "Server error", null, "req-500", true, null),
                inline(503, Map.of(), "service_unavailable", "Sorry, the API service is temporarily unavailable", null,
                        "req-503", true, null));
    }

    private static ErrorCase example(int status, String file, String code, String message, String requestId) {
        return new ErrorCase(status, file, null, Map.of(), new IntercomErrorEntry(code, message, null), requestId, false,
                null, null);
    }

    private static ErrorCase inline(int status, Map<String, String> headers, String code, String message, String field,
            String requestId, boolean transientStatus, Long rateLimitReset) {
        String fieldJson = field == null ? "" : ",\"field\":\"" + field + "\"";
        String body = "{\"type\":\"error.list\",\"request_id\":\"" + requestId + "\",\"errors\":[{\"code\":\"" + code
                      + "\",\"message\":\"" + message + "\"" + fieldJson + "}]}";
        return new ErrorCase(status, null, body, headers, new IntercomErrorEntry(code, message, field), requestId,
                transientStatus, rateLimitReset, null);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:handled")
                        .onException(HttpOperationFailedException.class).handled(true)
                            .setBody(exchangeProperty(Exchange.EXCEPTION_CAUGHT))
                        .end()
                        .to(GET_CONTACT)
                        .setBody(constant("not handled"));
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStatus")
    void errorBecomesTypedException(ErrorCase c) throws IOException {
        String body = c.body();
        ResponseDefinitionBuilder response = aResponse().withStatus(c.status())
                .withHeader("Content-Type", "application/json").withBody(body);
        c.headers().forEach(response::withHeader);
        stubFor(get(PATH).willReturn(response));

        IntercomApiException e = callFailing();

        assertEquals(c.status(), e.getStatusCode());
        assertEquals("GET", e.getMethod());
        assertEquals(wireMock.baseUrl() + PATH, e.getUri());
        assertEquals(List.of(c.error()), e.getErrors());
        assertEquals(c.error().code(), e.getErrorCode());
        assertTrue(e.hasErrorCode(c.error().code()));
        assertEquals(c.requestId(), e.getRequestId());
        assertEquals(c.transientStatus(), e.isTransient(), "transient");
        assertEquals(c.status() == 429, e.isRateLimited(), "rate limited");
        assertEquals(c.rateLimitReset(), e.getRateLimitReset(), "rate-limit reset");
        assertEquals(c.canonicalLocation(), e.getCanonicalLocation(), "canonical location");
        assertEquals(body, e.getResponseBody());
        c.headers().forEach((name, value) -> assertEquals(value, e.getResponseHeaders().get(name), name));
        // the component never sends a call again by itself, not even on a transient status
        verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void a401SaysTheTokenWasRefusedWithTheHealthChecksHintAndNotTheToken() throws IOException {
        stubFor(get(PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(example(401, "ShowContact-401.json", "unauthorized", "Access Token Invalid", null).body())));

        IntercomApiException e = callFailing();

        String host = "localhost:" + wireMock.port();
        assertTrue(e.getMessage().startsWith("Intercom API error 401 [unauthorized: Access Token Invalid] on GET "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": Intercom rejected the access token (401 unauthorized) at " + host
                                           + ": the token is wrong or revoked, or its workspace is in another region (check "
                                           + "the region or baseUri option)"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        assertNull(e.getMissingPermission());
    }

    @Test
    void a403NamesThePermissionTheTokenLacksWhereIntercomSaysIt() {
        stubFor(get(PATH).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-403\",\"errors\":[{\"code\":\"forbidden\","
                          + "\"message\":\"You do not have the required scope (read_conversations) to access this resource\"}]}")));

        IntercomApiException e = callFailing();

        assertEquals("read_conversations", e.getMissingPermission());
        assertTrue(e.getMessage().endsWith("(request_id req-403): the access token lacks the permission read_conversations "
                                           + "(grant it to the app in Intercom's Developer Hub)"), e.getMessage());
    }

    @Test
    void a403WithoutAPermissionInItsBodyNamesNone() throws IOException {
        stubFor(get(PATH).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody(example(403, "attachContactToConversation-403.json", "api_plan_restricted", "", null).body())));

        IntercomApiException e = callFailing();

        assertNull(e.getMissingPermission());
        assertTrue(e.getMessage().contains("[api_plan_restricted: Active subscription needed.]"), e.getMessage());
        assertFalse(e.getMessage().contains("lacks the permission"), e.getMessage());
    }

    @Test
    void severalErrorsInOneBodyAreAllKept() {
        stubFor(get(PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-many\",\"errors\":["
                          + "{\"code\":\"parameter_invalid\",\"message\":\"Email is invalid\",\"field\":\"email\"},"
                          + "{\"code\":\"parameter_not_found\",\"message\":\"Name missing\",\"field\":\"name\"},"
                          + "{\"code\":\"bad_request\"}]}")));

        IntercomApiException e = callFailing();

        assertEquals(List.of(new IntercomErrorEntry("parameter_invalid", "Email is invalid", "email"),
                new IntercomErrorEntry("parameter_not_found", "Name missing", "name"),
                new IntercomErrorEntry("bad_request", null, null)), e.getErrors());
        assertEquals("parameter_invalid", e.getErrorCode());
        assertTrue(e.hasErrorCode("bad_request"));
        assertFalse(e.hasErrorCode("not_found"));
        assertTrue(e.getMessage().contains("parameter_invalid: Email is invalid (field email)"), e.getMessage());
        assertTrue(e.getMessage().contains("parameter_not_found: Name missing (field name)"), e.getMessage());
        assertTrue(e.getMessage().contains("bad_request"), e.getMessage());
    }

    @Test
    void htmlPageFromAProxyIsStillTyped() {
        String html = "<html><body><h1>502 Bad Gateway</h1>PROXY-PAGE-MARKER</body></html>";
        stubFor(get(PATH).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html)));

        IntercomApiException e = callFailing();

        assertEquals(502, e.getStatusCode());
        assertTrue(e.getErrors().isEmpty());
        assertNull(e.getErrorCode());
        assertNull(e.getRequestId());
        assertTrue(e.isTransient());
        assertEquals(html, e.getResponseBody());
        assertFalse(e.getMessage().contains("PROXY-PAGE-MARKER"), e.getMessage());
        assertTrue(e.getMessage().contains("GET " + wireMock.baseUrl() + PATH), e.getMessage());
    }

    @Test
    void emptyErrorBodyIsStillTyped() {
        stubFor(get(PATH).willReturn(aResponse().withStatus(503)));

        IntercomApiException e = callFailing();

        assertEquals(503, e.getStatusCode());
        assertTrue(e.getErrors().isEmpty());
        assertNull(e.getRequestId());
        assertTrue(e.isTransient());
        assertEquals("", e.getResponseBody());
    }

    @Test
    void messageNamesMethodPathAndRequestIdButNotTokenOrBody() {
        stubFor(get(PATH).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-msg-1\",\"errors\":[{\"code\":\"not_found\","
                          + "\"message\":\"User Not Found\"}],\"debug\":\"BODY-ONLY-MARKER\"}")));

        IntercomApiException e = callFailing();

        for (String text : List.of(e.getMessage(), e.toString())) {
            assertTrue(text.contains("GET"), text);
            assertTrue(text.contains(PATH), text);
            assertTrue(text.contains("req-msg-1"), text);
            assertTrue(text.contains("not_found"), text);
            assertFalse(text.contains(TOKEN), text);
            assertFalse(text.contains("BODY-ONLY-MARKER"), text);
        }
    }

    @Test
    void onExceptionForHttpOperationFailedExceptionHandlesIt() {
        stubFor(get(PATH).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-route\",\"errors\":[{\"code\":\"not_found\"}]}")));

        Object handled = template.requestBodyAndHeader("direct:handled", null, IntercomConstants.CONTACT_ID, "c1");

        IntercomApiException e = assertInstanceOf(IntercomApiException.class, handled);
        assertEquals(404, e.getStatusCode());
        assertEquals("req-route", e.getRequestId());
        verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    private IntercomApiException callFailing() {
        Exchange result = template.send(GET_CONTACT, ex -> ex.getMessage().setHeader(IntercomConstants.CONTACT_ID, "c1"));
        IntercomApiException e = assertInstanceOf(IntercomApiException.class, result.getException());
        assertSame(e, assertInstanceOf(HttpOperationFailedException.class, result.getException()));
        return e;
    }
}
