/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelintercom.testsupport.IntercomTestLog;
import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producers' readiness check, through Camel's health registry: UP when Intercom accepts the token at {@code GET
 * /me}; DOWN, naming the cause, on a rejected token or a host that cannot be reached; the answer cached for
 * {@code healthCheckCacheTime} (counted at the server) and asked again after it, so a fixed token brings it UP; and
 * one probe for all the producers of a component that use the same token and base URI.
 */
class ProducerHealthCheckTest extends IntercomTestSupport {

    private static final String PRODUCER = "intercom:contact?operation=get";
    /** Producers of the same component, token and base URI as {@link #PRODUCER}. */
    private static final List<String> SAME_TOKEN = List.of("intercom:admin?operation=me", "intercom:tag?operation=list",
            "intercom:team?operation=list", "intercom:contact?operation=list", "intercom:company?operation=list",
            "intercom:conversation?operation=get", "intercom:segment?operation=list", "intercom:admin?operation=list",
            "intercom:ticket?operation=get");
    private static final String OTHER_TOKEN = "dG9rLW90aGVyLXdvcmtzcGFjZS0yMDI2";
    private static final String OTHER_TOKEN_PRODUCER = "intercom:contact?operation=get&accessToken=" + OTHER_TOKEN;
    private static final String ME = "{\"type\":\"admin\",\"id\":\"991\",\"name\":\"Ada\",\"email\":\"ada@example.com\","
                                     + "\"app\":{\"type\":\"app\",\"id_code\":\"ws7x\",\"region\":\"US\"}}";
    private static final String UNAUTHORIZED = "{\"type\":\"error.list\",\"request_id\":\"req-401-a\",\"errors\":"
                                               + "[{\"code\":\"unauthorized\",\"message\":\"Access Token Invalid\"}]}";

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<String> seen = new ArrayList<>();
    private int closedPort;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Camel leaves producer checks off unless asked (camel.health.producersEnabled=true in Camel Main)
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() throws Exception {
        closedPort = closedPort();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to(PRODUCER);
                from("direct:unreachable").to("intercom:contact?operation=get&baseUri=http://127.0.0.1:" + closedPort);
                for (int i = 0; i < SAME_TOKEN.size(); i++) {
                    from("direct:same" + i).to(SAME_TOKEN.get(i));
                }
            }
        };
    }

    @AfterEach
    void nothingShowsTheToken() {
        for (String text : seen) {
            assertFalse(text.contains(TOKEN) || text.contains(OTHER_TOKEN), "this shows a token: " + text);
        }
        for (String line : IntercomTestLog.lines()) {
            assertFalse(line.contains(TOKEN) || line.contains(OTHER_TOKEN), "a log line shows a token: " + line);
        }
    }

    @Test
    void upWhenIntercomAcceptsTheToken() {
        stubFor(get("/me").willReturn(okJson(ME)));

        HealthCheck.Result result = check(PRODUCER);

        assertEquals(HealthCheck.State.UP, result.getState(), () -> result.getMessage().orElse(""));
        assertEquals("991", result.getDetails().get(IntercomTokenProbe.ADMIN_ID));
        assertEquals("ws7x", result.getDetails().get(IntercomTokenProbe.WORKSPACE_ID));
        assertEquals("US", result.getDetails().get(IntercomTokenProbe.WORKSPACE_REGION));
        assertEquals(wireMock.baseUrl(), result.getDetails().get(IntercomHealthDetails.BASE_URI));
        verify(1, getRequestedFor(urlEqualTo("/me")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Intercom-Version", equalTo("2.16")));
        see(result);
    }

    @Test
    void downWhenIntercomRejectsTheTokenNamingTheCauseAndNotTheToken() {
        stubFor(get("/me").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(UNAUTHORIZED)));

        HealthCheck.Result result = check(PRODUCER);

        assertEquals(HealthCheck.State.DOWN, result.getState());
        String message = result.getMessage().orElseThrow();
        assertTrue(message.startsWith("Intercom rejected the access token (401 unauthorized) at localhost:" + wireMock.port()
                                      + ": "), message);
        assertTrue(message.contains("region"), "a token of another region's workspace is rejected too: " + message);
        assertEquals(401, result.getDetails().get(IntercomHealthDetails.HTTP_STATUS));
        assertEquals("unauthorized", result.getDetails().get(IntercomHealthDetails.ERROR_CODE));
        assertEquals("req-401-a", result.getDetails().get(IntercomHealthDetails.REQUEST_ID));
        assertTrue(result.getError().orElseThrow() instanceof IntercomApiException);
        see(result);
    }

    @Test
    void downWhenTheHostCannotBeReached() {
        HealthCheck.Result result = check("intercom:contact?operation=get&baseUri=http://127.0.0.1:" + closedPort);

        assertEquals(HealthCheck.State.DOWN, result.getState());
        String message = result.getMessage().orElseThrow();
        assertTrue(message.startsWith("Intercom cannot be reached at 127.0.0.1:" + closedPort + ": no connection ("),
                message);
        assertTrue(result.getError().orElseThrow() instanceof IntercomTransportException);
        see(result);
    }

    @Test
    void theAnswerIsCachedForTheCacheTimeThenAskedAgain() {
        stubFor(get("/me").willReturn(okJson(ME)));
        fakeClock();

        for (int i = 0; i < 5; i++) {
            assertEquals(HealthCheck.State.UP, check(PRODUCER).getState());
        }
        verify(1, getRequestedFor(urlEqualTo("/me")));

        now.addAndGet(59_999);
        check(PRODUCER);
        verify(1, getRequestedFor(urlEqualTo("/me")));

        now.addAndGet(1);
        check(PRODUCER);
        verify(2, getRequestedFor(urlEqualTo("/me")));
    }

    @Test
    void aFixedTokenBringsItUpAfterTheCacheTime() {
        stubFor(get("/me").willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));
        fakeClock();
        assertEquals(HealthCheck.State.DOWN, check(PRODUCER).getState());

        stubFor(get("/me").willReturn(okJson(ME)));
        assertEquals(HealthCheck.State.DOWN, check(PRODUCER).getState(), "still the cached answer");

        now.addAndGet(60_000);
        assertEquals(HealthCheck.State.UP, check(PRODUCER).getState());
        verify(2, getRequestedFor(urlEqualTo("/me")));
    }

    @Test
    void theProducersOfOneTokenShareOneProbeACachePeriod() {
        stubFor(get("/me").willReturn(okJson(ME)));
        fakeClock();
        List<String> producers = new ArrayList<>(SAME_TOKEN);
        producers.add(PRODUCER);
        assertEquals(producers.size(), producers.stream().map(uri -> healthCheck(uri).getId()).distinct().count(),
                "a check of its own for each producer endpoint");

        for (int round = 0; round < 3; round++) {
            readinessOf(producers).forEach(result -> assertEquals(HealthCheck.State.UP, result.getState()));
        }
        verify(1, getRequestedFor(urlEqualTo("/me")));
        readinessOf(producers).forEach(result -> {
            assertEquals("991", result.getDetails().get(IntercomTokenProbe.ADMIN_ID));
            see(result);
        });

        now.addAndGet(60_000);
        readinessOf(producers).forEach(result -> assertEquals(HealthCheck.State.UP, result.getState()));
        verify(2, getRequestedFor(urlEqualTo("/me")));
    }

    @Test
    void twoTokensAreTwoProbesEachWithItsOwnAnswer() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:otherToken").to(OTHER_TOKEN_PRODUCER);
            }
        });
        stubFor(get("/me").withHeader("Authorization", equalTo("Bearer " + TOKEN)).willReturn(okJson(ME)));
        stubFor(get("/me").withHeader("Authorization", equalTo("Bearer " + OTHER_TOKEN))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED)));
        fakeClock();

        for (int round = 0; round < 3; round++) {
            assertEquals(HealthCheck.State.UP, check(PRODUCER).getState());
            assertEquals(HealthCheck.State.UP, check(SAME_TOKEN.get(0)).getState());
            assertEquals(HealthCheck.State.DOWN, check(OTHER_TOKEN_PRODUCER).getState());
        }

        verify(1, getRequestedFor(urlEqualTo("/me")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        verify(1, getRequestedFor(urlEqualTo("/me")).withHeader("Authorization", equalTo("Bearer " + OTHER_TOKEN)));
        HealthCheck.Result other = check(OTHER_TOKEN_PRODUCER);
        assertFalse(healthCheck(OTHER_TOKEN_PRODUCER).getId().contains(OTHER_TOKEN), "the check's id shows the token");
        assertTrue(String.valueOf(other.getDetails().get(HealthCheck.ENDPOINT_URI)).contains("accessToken=xxxxxx"),
                String.valueOf(other.getDetails()));
        see(other);
    }

    @Test
    void recoversOnTheRealClockWithAShortCacheTime() {
        context.getComponent("intercom", IntercomComponent.class).setHealthCheckCacheTime(200);
        stubFor(get("/me").willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));
        assertEquals(HealthCheck.State.DOWN, check(PRODUCER).getState());

        stubFor(get("/me").willReturn(okJson(ME)));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> check(PRODUCER).getState() == HealthCheck.State.UP);
    }

    @Test
    void downWithStatusAndErrorCodeOnAnyOtherAnswer() {
        stubFor(get("/me").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-503\",\"errors\":[{\"code\":\"service_unavailable\"}]}")));

        HealthCheck.Result result = check(PRODUCER);

        assertEquals(HealthCheck.State.DOWN, result.getState());
        assertEquals("Intercom answered 503 (service_unavailable) at localhost:" + wireMock.port()
                     + " when asked whose the access token is", result.getMessage().orElseThrow());
        assertEquals(503, result.getDetails().get(IntercomHealthDetails.HTTP_STATUS));
        assertEquals("req-503", result.getDetails().get(IntercomHealthDetails.REQUEST_ID));
        see(result);
    }

    @Test
    void healthCheckProducerEnabledFalseLeavesTheCheckDisabledAndAsksNothing() throws Exception {
        stubFor(get("/me").willReturn(okJson(ME)));
        context.getComponent("intercom", IntercomComponent.class).setHealthCheckProducerEnabled(false);
        String uri = "intercom:admin?operation=get";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:disabled").to(uri);
            }
        });

        HealthCheck.Result result = healthCheck(uri).call();

        assertEquals(HealthCheck.State.UNKNOWN, result.getState());
        verify(0, getRequestedFor(urlEqualTo("/me")));
    }

    @Test
    void aNegativeCacheTimeIsRefusedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> context.getComponent("intercom", IntercomComponent.class).setHealthCheckCacheTime(-1));
        assertTrue(e.getMessage().contains("healthCheckCacheTime"), e.getMessage());
    }

    /** The readiness result of the endpoint's producer check, as Camel's health registry reports it. */
    private HealthCheck.Result check(String uri) {
        return readinessOf(List.of(uri)).get(0);
    }

    /** One readiness round of Camel's health registry: the results of these endpoints' producer checks. */
    private List<HealthCheck.Result> readinessOf(List<String> uris) {
        List<String> ids = uris.stream().map(uri -> healthCheck(uri).getId()).toList();
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context, "full");
        return ids.stream().map(id -> results.stream().filter(r -> r.getCheck().getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no readiness result for " + id))).toList();
    }

    private IntercomProducerHealthCheck healthCheck(String uri) {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        IntercomEndpoint endpoint = context.getEndpoint(uri, IntercomEndpoint.class);
        return producers.stream().filter(IntercomProducerHealthCheck.class::isInstance)
                .map(IntercomProducerHealthCheck.class::cast)
                .filter(c -> c.getId().equals(IntercomProducerHealthCheck.idOf(endpoint)))
                .findFirst().orElseThrow(() -> new AssertionError("no producer check for " + uri));
    }

    private void fakeClock() {
        context.getComponent("intercom", IntercomComponent.class).setHealthCheckClock(now::get);
    }

    private void see(HealthCheck.Result result) {
        seen.add(result.toString());
        seen.add(result.getMessage().orElse(""));
        seen.add(String.valueOf(result.getDetails()));
        result.getError().ifPresent(e -> {
            seen.add(e.toString());
            assertNotNull(e.getMessage());
        });
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
