/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.camelintercom.testsupport.IntercomTestLog;
import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's health over HTTP, as the README's {@code curl} line asks for it: Camel Main with the
 * application's {@code application.properties} (management server, health checks, producer checks on), against
 * WireMock instead of Intercom. The application's own routes stay out; one producer route stands for them.
 */
class HealthEndpointTest {

    private static final String TOKEN = IntercomTestSupport.TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WireMockServer wireMock;
    private Main main;
    private int port;

    @BeforeEach
    void startIntercom() throws IOException {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        wireMock.stop();
    }

    @Test
    void upWhenIntercomAcceptsTheToken() throws Exception {
        wireMock.stubFor(get("/me").willReturn(okJson("{\"type\":\"admin\",\"id\":\"991\",\"app\":{\"id_code\":\"ws7x\"}}")));
        startApplication();

        HttpResponse<String> health = health("/observe/health/ready");

        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", JSON.readTree(health.body()).path("status").asText(), health.body());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/me")));
    }

    @Test
    void downNamingTheCauseWhenIntercomRejectsTheToken() throws Exception {
        wireMock.stubFor(get("/me").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"request_id\":\"req-401-main\",\"errors\":[{\"code\":\"unauthorized\","
                          + "\"message\":\"Access Token Invalid\"}]}")));
        startApplication();

        HttpResponse<String> health = health("/observe/health");
        HttpResponse<String> withData = health("/observe/health/ready?data=true");

        assertEquals(503, health.statusCode(), health.body());
        JsonNode answer = JSON.readTree(health.body());
        assertEquals("DOWN", answer.path("status").asText(), health.body());
        JsonNode producer = intercomProducerCheck(answer);
        assertEquals("DOWN", producer.path("status").asText());
        assertTrue(producer.path("message").asText().startsWith("Intercom rejected the access token (401 unauthorized) at "
                                                                + "localhost:" + wireMock.port() + ": "), health.body());
        JsonNode data = intercomProducerCheck(JSON.readTree(withData.body())).path("data");
        assertEquals("req-401-main", data.path("intercom.request.id").asText(), withData.body());
        assertEquals("unauthorized", data.path("intercom.error.code").asText(), withData.body());
        assertEquals("401", data.path("http.response.code").asText(), withData.body());
        for (String body : List.of(health.body(), withData.body())) {
            assertFalse(body.contains(TOKEN), "the health answer shows the token: " + body);
        }
        assertEquals(List.of(), IntercomTestLog.lines().stream().filter(line -> line.contains(TOKEN)).toList());
    }

    private static JsonNode intercomProducerCheck(JsonNode answer) {
        for (JsonNode check : answer.path("checks")) {
            if (check.path("name").asText().startsWith("producer:intercom-")) {
                return check;
            }
        }
        throw new AssertionError("no Intercom producer check in " + answer);
    }

    private void startApplication() {
        main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:whoAmI").to("intercom:admin?operation=me");
            }
        });
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:no-routes/*.yaml");
        main.addOverrideProperty("intercom.access-token", TOKEN);
        main.addOverrideProperty("camel.component.intercom.base-uri", wireMock.baseUrl());
        main.addOverrideProperty("intercom.state-file", dir.resolve("intercom-state.dat").toString());
        main.addOverrideProperty("camel.management.port", String.valueOf(port));
        main.start();
    }

    private HttpResponse<String> health(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
