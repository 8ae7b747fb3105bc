/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.camel.Exchange;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * No failure keeps a connection of the pool or leaves a thread behind: after each of 200 failing calls, of every kind,
 * no connection is leased, and afterwards the component runs no more threads than before.
 */
class ConnectionLeakTest extends IntercomTestSupport {

    private static final int CALLS = 200;
    private static final long RESPONSE_TIMEOUT = 200;
    private static final String GET_CONTACT = "intercom:contact?operation=get&rateLimitGovernor=false&responseTimeout="
                                              + RESPONSE_TIMEOUT;

    /**
     * A way to fail.
     *
     * @param response  what WireMock answers to the contact {@code name}, or null: the call fails before sending
     * @param contactId the contact id of the message, null for none
     * @param operation the operation header, null for the endpoint's
     */
    record FailurePath(String name, ResponseDefinitionBuilder response, String contactId, String operation) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<FailurePath> PATHS = List.of(
            apiError(400, "parameter_invalid"),
            apiError(401, "unauthorized"),
            apiError(404, "not_found"),
            apiError(409, "conflict"),
            apiError(422, "data_invalid"),
            apiError(429, "rate_limit_exceeded"),
            apiError(500, "server_error"),
            answer("502-html", aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Bad Gateway</body></html>")),
            answer("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
            answer("empty", aResponse().withFault(Fault.EMPTY_RESPONSE)),
            answer("malformed-chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
            answer("garbage", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
            answer("timeout", okJson("{\"type\":\"contact\",\"id\":\"timeout\"}").withFixedDelay((int) RESPONSE_TIMEOUT * 3)),
            answer("malformed-json", okJson("{\"type\":\"contact\",\"id\":")),
            new FailurePath("no contact id", null, null, null),
            new FailurePath("unknown operation", null, "c-1", "nope"));

    private static FailurePath apiError(int status, String code) {
        return answer(String.valueOf(status), aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"errors\":[{\"code\":\"" + code + "\",\"message\":\"failed\"}]}"));
    }

    private static FailurePath answer(String name, ResponseDefinitionBuilder response) {
        return new FailurePath(name, response, name, null);
    }

    @Test
    void failuresGiveBackTheirConnectionsAndThreads() {
        PATHS.stream().filter(p -> p.response() != null)
                .forEach(p -> stubFor(get("/contacts/" + p.contactId()).willReturn(p.response())));
        PATHS.forEach(this::failingCall); // the client, its pool and its threads exist from here on
        Set<String> baseline = threads();

        for (int i = 0; i < CALLS; i++) {
            FailurePath path = PATHS.get(i % PATHS.size());
            failingCall(path);
            assertEquals(0, poolStats().getLeased(), "connections leased after " + path);
        }

        PoolStats stats = poolStats();
        assertEquals(0, stats.getLeased(), "leased");
        assertEquals(0, stats.getPending(), "pending");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Set<String> added = threads();
            added.removeAll(baseline);
            assertEquals(Set.of(), added, "threads started since the first round");
        });
    }

    private void failingCall(FailurePath path) {
        Exchange exchange = template.send(GET_CONTACT, e -> {
            e.getMessage().setHeader(IntercomConstants.CONTACT_ID, path.contactId());
            e.getMessage().setHeader(IntercomConstants.OPERATION, path.operation());
        });
        assertNotNull(exchange.getException(), path + " should fail");
    }

    private PoolStats poolStats() {
        IntercomEndpoint endpoint = context.getEndpoint(GET_CONTACT, IntercomEndpoint.class);
        return context.getComponent("intercom", IntercomComponent.class).connectionPoolStats(endpoint.getConfiguration());
    }

    /**
     * The names of the live threads of the JVM, but for those of WireMock's server, which grows its pool while answers
     * are delayed, and Awaitility's.
     */
    private static Set<String> threads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(t -> t.getKey().isAlive() && Arrays.stream(t.getValue()).noneMatch(ConnectionLeakTest::testTooling))
                .map(t -> t.getKey().getName())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean testTooling(StackTraceElement frame) {
        return frame.getClassName().startsWith("wiremock.") || frame.getClassName().startsWith("org.awaitility.");
    }
}
