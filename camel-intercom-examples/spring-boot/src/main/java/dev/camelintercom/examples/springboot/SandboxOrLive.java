/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.util.Map;

import dev.camelintercom.sandbox.IntercomSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The one switch between the sandbox and a real workspace: {@code intercom.live=true} (environment variable
 * {@code INTERCOM_LIVE}) uses the token, admin and team of the environment; anything else starts an embedded
 * sandbox, seeds it with a contact and an open conversation, and points the component at it. A token alone never
 * switches to live. On the sandbox the webhook route verifies deliveries with {@link #SANDBOX_CLIENT_SECRET}.
 */
public final class SandboxOrLive implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String LIVE = "intercom.live";
    /** The sandbox's stand-in for the app's client secret, which signs webhook deliveries. */
    static final String SANDBOX_CLIENT_SECRET = "sandbox-client-secret";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxOrLive.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (environment.getProperty(LIVE, Boolean.class, false)) {
            LOG.info("{}=true: calling the Intercom workspace of the configured token", LIVE);
            return;
        }
        if (environment.containsProperty("INTERCOM_ACCESS_TOKEN")) {
            LOG.warn("INTERCOM_ACCESS_TOKEN is set but {} is not true: running on the embedded sandbox", LIVE);
        }
        IntercomSandbox sandbox = IntercomSandbox.start();
        String contactId = sandbox.workspace().createContact(Map.of("role", "user", "email", "ada@example.com"))
                .get("id").asText();
        sandbox.workspace().createConversation(contactId, "Hello, my order did not arrive.");
        environment.getPropertySources().addFirst(new MapPropertySource("intercomSandbox", Map.of(
                "camel.component.intercom.base-uri", sandbox.baseUri(),
                "camel.component.intercom.access-token", sandbox.accessToken(),
                "camel.component.intercom.client-secret", SANDBOX_CLIENT_SECRET,
                "intercom.admin-id", sandbox.workspace().adminId(),
                "intercom.triage-team-id", sandbox.workspace().teams().get(0).get("id").asText(),
                "triage.start-from", "beginning")));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                sandbox.close();
            }
        });
        LOG.info("Running on the embedded sandbox at {} (set {}=true to call Intercom)", sandbox.baseUri(), LIVE);
    }
}
