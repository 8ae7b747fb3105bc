/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.time.Duration;

import dev.camelintercom.sandbox.IntercomSandbox;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A token the workspace rejects turns /actuator/health DOWN, and the token shows neither in the health report nor in
 * the log. Whichever check reports it (the consumer's poll, or a producer check on GET /me), the application is DOWN.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"triage.delay=100", "intercom.admin-id=1", "intercom.triage-team-id=1",
                              "camel.component.intercom.client-secret=test-client-secret"})
@ExtendWith(OutputCaptureExtension.class)
@Import(ContextSandbox.class)
@DirtiesContext
class WrongTokenHealthTest {

    private static final String WRONG_TOKEN = "dG9rLTdmM2E5Yy1yZXZva2Vk";
    private static final IntercomSandbox SANDBOX = ContextSandbox.start();

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void sandboxWithTheWrongToken(DynamicPropertyRegistry registry) {
        registry.add("camel.component.intercom.base-uri", SANDBOX::baseUri);
        registry.add("camel.component.intercom.access-token", () -> WRONG_TOKEN);
    }

    @Test
    void healthIsDownAndTheTokenAppearsNowhere(CapturedOutput output) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
            assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(health.getBody()).contains("\"status\":\"DOWN\"").doesNotContain(WRONG_TOKEN)
                    // the component's own producer check (GET /me) is among Camel's checks, with Intercom's error code
                    .containsPattern("\"producer:intercom-[^\"]+\":\"DOWN\"")
                    .contains("\"intercom.error.code\":\"unauthorized\"");
        });
        assertThat(SANDBOX.requests().all()).isNotEmpty().allSatisfy(request -> assertThat(request.status())
                .isEqualTo(401));
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).doesNotContain(WRONG_TOKEN);
        assertThat(output.getAll()).contains("401").doesNotContain(WRONG_TOKEN);
    }
}
