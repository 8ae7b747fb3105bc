/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomInputException;
import dev.camelintercom.testsupport.IntercomTestSupport;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelintercom.component.api.PagedListing.PageCall;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paging in each of Intercom's styles: with {@code paginate} a lazy iterator that fetches a page only when it is
 * reached; without it one page per message, the next asked for by feeding {@code CamelIntercomNextPage} back as
 * {@code CamelIntercomPage}. Every page request that reaches WireMock is checked.
 */
@Timeout(60) // a pager that never stops must fail, not hang the build
class PaginationTest extends IntercomTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<PagedListing> listings() {
        return PagedListing.all();
    }

    static Stream<OperationDefinition> operationsWithAPageSize() {
        return IntercomOperations.all().stream().filter(def -> def.maxPerPage() != null && def.isHandWritten());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:everyContact")
                        .to("intercom:contact?operation=list&perPage=2&paginate=true")
                        .split(body()).streaming()
                        .process(e -> e.getMessage().setHeader("pagesFetched", requestCount()))
                        .to("mock:contact");
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void theIteratorFetchesEachPageOnlyWhenItReachesIt(PagedListing listing) throws IOException {
        listing.stub();
        Iterator<?> results = iterate(listing.uri() + "&paginate=true", listing.body());
        assertRequests(listing.calls().subList(0, 1));

        List<PageCall> calls = listing.calls();
        for (int page = 0; page < calls.size(); page++) {
            for (String id : calls.get(page).ids()) {
                assertTrue(results.hasNext(), "result " + id);
                assertEquals(id, ((IntercomObject) results.next()).getId());
                assertEquals(page + 1, requestCount(), "pages requested while reading page " + (page + 1));
            }
        }
        assertFalse(results.hasNext());
        assertRequests(calls);
    }

    @Test
    void theIteratorKeepsNoPageItHasLeft() {
        PagedListing listing = PagedListing.contactList();
        listing.stub();
        Iterator<?> results = iterate(listing.uri() + "&paginate=true", null);

        WeakReference<Object> firstOfPageOne = new WeakReference<>(results.next());
        results.next();
        results.next(); // the first of page two: page one is behind

        await().atMost(Duration.ofSeconds(10))
                .until(() -> {
                    System.gc();
                    return firstOfPageOne.get() == null;
                });
        assertTrue(results.hasNext(), "the rest of page two and page three are still to come");
    }

    @ParameterizedTest(name = "maxResults={0}: {1} page(s)")
    @CsvSource({ "1, 1", "2, 1", "3, 2", "5, 3", "6, 3", "0, 3" })
    void maxResultsCapsTheResultsAndStopsFetching(int maxResults, int pagesFetched) throws IOException {
        PagedListing listing = PagedListing.contactList();
        listing.stub();
        Iterator<?> results = iterate(listing.uri() + "&paginate=true&maxResults=" + maxResults, null);

        List<String> ids = new ArrayList<>();
        results.forEachRemaining(item -> ids.add(((IntercomObject) item).getId()));

        List<String> all = listing.allIds();
        int expected = maxResults == 0 ? all.size() : Math.min(maxResults, all.size());
        assertEquals(all.subList(0, expected), ids);
        assertFalse(results.hasNext());
        assertRequests(listing.calls().subList(0, pagesFetched));
    }

    @Test
    void aStreamingSplitTakesEveryResultAsItsOwnExchangePageByPage() throws Exception {
        PagedListing listing = PagedListing.contactList();
        listing.stub();
        MockEndpoint contacts = getMockEndpoint("mock:contact");
        contacts.expectedMessageCount(listing.allIds().size());

        template.sendBody("direct:everyContact", null);

        contacts.assertIsSatisfied();
        List<String> ids = new ArrayList<>();
        List<Integer> pagesFetched = new ArrayList<>();
        for (Exchange e : contacts.getExchanges()) {
            ids.add(e.getMessage().getBody(IntercomObject.class).getId());
            pagesFetched.add(e.getMessage().getHeader("pagesFetched", Integer.class));
        }
        assertEquals(listing.allIds(), ids);
        // the splitter looks one result ahead (to tell the last one), so the last result of a page already
        // sees the next page fetched; never more than that
        assertEquals(List.of(1, 2, 2, 3, 3), pagesFetched);
        assertRequests(listing.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void onePageAtATimeFollowingTheNextPageHeader(PagedListing listing) throws Exception {
        listing.stub();
        List<PageCall> calls = listing.calls();
        String next = null;
        for (int i = 0; i < calls.size(); i++) {
            PageCall call = calls.get(i);
            assertEquals(call.position(), next, "CamelIntercomNextPage of page " + i);
            String page = next;
            Exchange result = template.request(listing.uri(), e -> {
                e.getMessage().setBody(listing.body());
                e.getMessage().setHeader(IntercomConstants.PAGE, page);
            });
            if (result.getException() != null) {
                throw result.getException();
            }
            List<?> items = assertInstanceOf(List.class, result.getMessage().getBody());
            assertEquals(call.ids(), items.stream().map(item -> ((IntercomObject) item).getId()).toList());
            assertEquals(call.totalCount(), result.getMessage().getHeader(IntercomConstants.TOTAL_COUNT, Long.class));
            next = result.getMessage().getHeader(IntercomConstants.NEXT_PAGE, String.class);
            assertRequests(calls.subList(0, i + 1));
        }
        assertNull(next, "the last page has no next page");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithAPageSize")
    void aPageSizeAboveTheMaximumFailsBeforeAnyRequest(OperationDefinition def) {
        int tooMany = def.maxPerPage() + 1;
        Exchange result = template.request(uriOf(def) + "&perPage=" + tooMany,
                e -> e.getMessage().setBody("{\"field\":\"id\",\"operator\":\"=\",\"value\":\"1\"}"));

        IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
        assertEquals("per_page", e.getField());
        assertTrue(e.getMessage().contains("between 1 and " + def.maxPerPage() + ", but was " + tooMany), e.getMessage());
        assertEquals(0, requestCount(), "no request may reach Intercom");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithAPageSize")
    void theMaximumPageSizeIsSent(OperationDefinition def) throws IOException {
        stubFor(any(anyUrl()).willReturn(okJson("{\"type\":\"list\"}")));
        Exchange result = template.request(uriOf(def) + "&perPage=" + def.maxPerPage(),
                e -> e.getMessage().setBody("{\"field\":\"id\",\"operator\":\"=\",\"value\":\"1\"}"));

        assertNull(result.getException());
        List<LoggedRequest> requests = findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, requests.size());
        LoggedRequest request = requests.get(0);
        String sent = request.getBody().length > 0
                ? JSON.readTree(request.getBodyAsString()).path("pagination").path("per_page").asText()
                : request.queryParameter("per_page").firstValue();
        assertEquals(String.valueOf(def.maxPerPage()), sent);
    }

    private Iterator<?> iterate(String uri, String body) {
        return assertInstanceOf(Iterator.class, template.requestBody(uri, body));
    }

    private static String uriOf(OperationDefinition def) {
        return "intercom:" + def.resource() + "?operation=" + def.name();
    }

    private static int requestCount() {
        return findAll(anyRequestedFor(anyUrl())).size();
    }

    /** The requests that reached WireMock are exactly these page calls, in order. */
    private static void assertRequests(List<PageCall> expected) throws IOException {
        List<LoggedRequest> actual = findAll(anyRequestedFor(anyUrl()));
        assertEquals(expected.size(), actual.size(), "page requests that reached Intercom");
        for (int i = 0; i < expected.size(); i++) {
            PageCall call = expected.get(i);
            LoggedRequest request = actual.get(i);
            String what = "request " + (i + 1) + " ";
            assertEquals(call.method(), request.getMethod().getName(), what + "method");
            String url = request.getUrl();
            assertEquals(call.path(), url.contains("?") ? url.substring(0, url.indexOf('?')) : url, what + "path");
            Map<String, String> query = new HashMap<>();
            request.getQueryParams().forEach((name, values) -> query.put(name, values.firstValue()));
            assertEquals(call.query(), query, what + "query");
            if (call.body() == null) {
                assertEquals(0, request.getBody().length, what + "sends no body");
            } else {
                JsonNode body = JSON.readTree(request.getBodyAsString());
                assertEquals(call.body(), body, what + "body");
            }
        }
    }
}
