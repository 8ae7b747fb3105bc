/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.quarkus;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token the workspace rejects turns /q/health and /q/health/ready DOWN (503), without the token in the report. */
@QuarkusTest
@WithTestResource(WrongTokenHealthTest.WrongToken.class)
class WrongTokenHealthTest {

    static final String WRONG_TOKEN = "dG9rLTdmM2E5Yy1yZXZva2Vk";

    /** The seeded sandbox, with a token it does not know given to the application. */
    public static class WrongToken extends SandboxResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> properties = new HashMap<>(super.start());
            properties.put("camel.component.intercom.access-token", WRONG_TOKEN);
            return properties;
        }
    }

    @TestHTTPResource("/q/health/ready")
    URI ready;

    @Test
    void healthIsDownAndTheTokenIsNotInTheReport() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> response = HealthTest.get(ready);
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"status\": \"DOWN\""), response.body());
            assertTrue(response.body().matches("(?s).*\"producer:intercom-[^\"]+\": \"DOWN: .*"), response.body());
            assertFalse(response.body().contains(WRONG_TOKEN), response.body());
        });
    }
}
