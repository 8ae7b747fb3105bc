/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one switch to live is intercom.live=true; a token alone leaves the application on the sandbox. */
class SandboxOrLiveTest {

    @Test
    void withoutTheSwitchTheComponentPointsAtASeededSandboxEvenWithAToken() {
        try (GenericApplicationContext context = context(Map.of("INTERCOM_ACCESS_TOKEN", "a-real-token"))) {
            ConfigurableEnvironment environment = context.getEnvironment();

            assertThat(environment.getProperty("camel.component.intercom.base-uri")).startsWith("http://127.0.0.1:");
            assertThat(environment.getProperty("camel.component.intercom.access-token")).isNotEqualTo("a-real-token");
            assertThat(environment.getProperty("camel.component.intercom.client-secret"))
                    .isEqualTo(SandboxOrLive.SANDBOX_CLIENT_SECRET);
            assertThat(environment.getProperty("intercom.admin-id")).isNotBlank();
            assertThat(environment.getProperty("intercom.triage-team-id")).isNotBlank();
        }
    }

    @Test
    void withTheSwitchNothingIsReplaced() {
        try (GenericApplicationContext context = context(Map.of(SandboxOrLive.LIVE, "true",
                "INTERCOM_ACCESS_TOKEN", "a-real-token"))) {
            assertThat(context.getEnvironment().getProperty("camel.component.intercom.base-uri")).isNull();
        }
    }

    private static GenericApplicationContext context(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        new SandboxOrLive().initialize(context);
        context.refresh();
        return context;
    }
}
