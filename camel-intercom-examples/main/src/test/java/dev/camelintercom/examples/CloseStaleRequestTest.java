/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelintercom.testsupport.IntercomTestSupport;
import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's producer route, {@code routes/close-stale.yaml} of the getting-started project (which the main job
 * runs too), in Camel Main reading this module's application.properties, against WireMock instead of Intercom: the
 * exact requests it sends. Its behaviour on the sandbox is the getting-started project's own test.
 */
class CloseStaleRequestTest {

    private static final String TOKEN = IntercomTestSupport.TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireMockServer wireMock;
    private Main main;

    @BeforeEach
    void startIntercomAndApplication() {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        wireMock.stubFor(post("/conversations/search").willReturn(okJson(
                "{\"type\":\"conversation.list\",\"conversations\":[{\"type\":\"conversation\",\"id\":\"1911149811\"}],"
                + "\"total_count\":1,\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":20,\"total_pages\":1}}")));
        wireMock.stubFor(post("/conversations/1911149811/parts")
                .willReturn(okJson("{\"type\":\"conversation\",\"id\":\"1911149811\",\"state\":\"closed\"}")));

        main = new Main();
        // the producer route only: the consumer route runs against the stateful sandbox in TriageConversationsTest
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:routes/close-stale.yaml");
        main.addOverrideProperty("intercom.access-token", TOKEN);
        main.addOverrideProperty("intercom.admin-id", "991267");
        main.addOverrideProperty("camel.component.intercom.base-uri", wireMock.baseUrl());
        main.start();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        if (wireMock != null) {
            wireMock.stop();
        }
    }

    @Test
    void searchesStaleOpenConversationsAndClosesThem() throws Exception {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> wireMock.verify(
                postRequestedFor(urlEqualTo("/conversations/1911149811/parts"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withHeader("Intercom-Version", equalTo("2.16"))
                        .withRequestBody(equalToJson("{\"message_type\": \"close\", \"type\": \"admin\", \"admin_id\": \"991267\","
                                                     + " \"body\": \"We closed this conversation after 30 days without activity."
                                                     + " Reply to reopen it.\"}"))));

        List<LoggedRequest> searches = wireMock.findAll(postRequestedFor(urlEqualTo("/conversations/search")));
        assertEquals(1, searches.size());
        JsonNode query = JSON.readTree(searches.get(0).getBodyAsString());
        long staleBefore = query.at("/query/value/1/value").asLong();
        ((ObjectNode) query.at("/query/value/1")).remove("value");
        assertEquals(JSON.readTree("{\"query\": {\"operator\": \"AND\", \"value\": ["
                                   + "{\"field\": \"state\", \"operator\": \"=\", \"value\": \"open\"},"
                                   + "{\"field\": \"updated_at\", \"operator\": \"<\"}]}}"),
                query);
        long thirtyDaysAgo = Instant.now().minus(Duration.ofDays(30)).getEpochSecond();
        assertTrue(Math.abs(staleBefore - thirtyDaysAgo) < 120, "updated_at < " + staleBefore + ", expected about " + thirtyDaysAgo);
        assertTokenNeverLogged();
    }

    private static void assertTokenNeverLogged() {
        List<String> leaks = IntercomTestLog.lines().stream().filter(line -> line.contains(TOKEN)).toList();
        assertEquals(List.of(), leaks, "log lines holding the token");
    }
}
