/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.time.Instant;
import java.util.Map;

import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxOptions;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer treats its state repository as camel-kafka treats an offset repository: it starts the repository only
 * when it is not started, and stops only one it started. So routes that share a repository (started by its owner, such
 * as the Camel context) keep their state when one of them stops.
 */
class StateRepositoryLifecycleTest {

    private IntercomSandbox sandbox;
    private String contactId;

    @BeforeEach
    void startSandbox() {
        sandbox = IntercomSandbox.start(SandboxOptions.defaults().clock(SandboxClock.manual(Instant.now().getEpochSecond())));
        contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void twoRoutesSharingOneRepositoryKeepWorkingWhenOneStops() throws Exception {
        MemoryStateRepository shared = new MemoryStateRepository();
        try (ConsumerHarness camel = new ConsumerHarness(sandbox).bind("shared", shared)
                .route("a", uri("a", "shared")).route("b", uri("b", "shared"))) {
            // a shared repository has an owner of its own: here the Camel context, which starts it before the routes
            camel.context().addService(shared);
            camel.start();
            sandbox.workspace().createConversation(contactId, "First");
            assertEquals(1, camel.poll("a"));
            assertEquals(1, camel.poll("b"));
            camel.context().getRouteController().stopRoute("a");

            assertTrue(shared.isStarted(), "route a did not start the repository, so it does not stop it");
            assertNotNull(shared.getState("b"), "route b's state survives route a's stop");
            sandbox.workspace().createConversation(contactId, "Second");
            sandbox.clock().advance(1);
            assertEquals(1, camel.poll("b"));
            assertEquals(2, camel.emittedBy("b").size());
        }
    }

    @Test
    void aRepositoryStartedByItsOwnerIsLeftRunning() throws Exception {
        MemoryStateRepository owned = new MemoryStateRepository();
        owned.start();
        try (ConsumerHarness camel = new ConsumerHarness(sandbox).bind("owned", owned).route("a", uri("a", "owned")).start()) {
            camel.context().getRouteController().stopRoute("a");
            assertTrue(owned.isStarted());
        }
        assertTrue(owned.isStarted(), "the consumer did not start it, so it does not stop it");
    }

    @Test
    void aRepositoryTheConsumerStartedIsStoppedWithIt() throws Exception {
        MemoryStateRepository unstarted = new MemoryStateRepository();
        try (ConsumerHarness camel = new ConsumerHarness(sandbox).bind("unstarted", unstarted).route("a", uri("a", "unstarted"))
                .start()) {
            assertTrue(unstarted.isStarted());
            camel.context().getRouteController().stopRoute("a");
            assertFalse(unstarted.isStarted());
        }
    }

    private static String uri(String key, String repository) {
        return "intercom:conversation?startFrom=beginning&startScheduler=false&stateRepository=#" + repository
               + "&stateKey=" + key;
    }
}
