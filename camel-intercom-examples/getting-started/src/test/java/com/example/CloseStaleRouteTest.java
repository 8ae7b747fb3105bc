/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The YAML route close-stale.yaml, alone, against a sandbox holding one stale and one recent conversation. */
class CloseStaleRouteTest extends SandboxTestSupport {

    private static final Instant NOW = Instant.now();

    private String stale;
    private String recent;

    @Override
    protected SandboxOptions sandboxOptions() {
        // the sandbox's time stands still until the test moves it: here 31 days back, to create a stale conversation
        return SandboxOptions.defaults().clock(SandboxClock.manual(NOW.minus(Duration.ofDays(31)).getEpochSecond()));
    }

    @Override
    protected void seed(Workspace workspace) {
        String contactId = workspace.createContact(Map.of("email", "ada@example.com")).get("id").asText();
        stale = workspace.createConversation(contactId, "Where is my order?").get("id").asText();
        sandbox.clock().set(NOW.getEpochSecond());
        recent = workspace.createConversation(contactId, "Where is my invoice?").get("id").asText();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the placeholder of the route, which the application gets from its environment
        context.getPropertiesComponent().addOverrideProperty("intercom.admin-id", sandbox.workspace().adminId());
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        return PluginHelper.getRoutesLoader(context)
                .findRoutesBuilders(ResourceHelper.resolveMandatoryResource(context, "classpath:routes/close-stale.yaml"))
                .toArray(RoutesBuilder[]::new);
    }

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        // the test starts Camel once it has said what it waits for: the timer fires a second after the start
        configuration.withAutoStartContext(false);
    }

    @Test
    void closesTheConversationNobodyUpdatedFor30Days() {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("close-stale").whenCompleted(1).create();
        context.start();

        assertTrue(done.matches(10, TimeUnit.SECONDS), "close-stale did not complete");
        assertEquals("closed", sandbox.workspace().conversation(stale).get("state").asText());
        assertEquals("open", sandbox.workspace().conversation(recent).get("state").asText());
    }
}
