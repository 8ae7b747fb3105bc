/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.quarkus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /q/health answers UP with Camel's checks in it, the route's consumer and the component's producer among them. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class HealthTest {

    @TestHTTPResource("/q/health")
    URI health;

    @Test
    void healthIsUpWithCamelsChecks() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> response = get(health);
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"status\": \"UP\""), response.body());
            assertTrue(response.body().contains("\"name\": \"camel-readiness\""), response.body());
            assertTrue(response.body().contains("\"route:triage-conversations\": \"UP\""), response.body());
            assertTrue(response.body().contains("\"consumer:triage-conversations\": \"UP\""), response.body());
            assertTrue(response.body().matches("(?s).*\"producer:intercom-[^\"]+\": \"UP\".*"), response.body());
        });
    }

    static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
