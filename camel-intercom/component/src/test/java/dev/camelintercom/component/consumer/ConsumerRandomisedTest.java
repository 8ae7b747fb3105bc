/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxOptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Objects of three resources are created continuously, in bursts that share seconds, while the consumers poll; new
 * contacts and conversations become searchable only up to seconds later, each after its own delay, so that some
 * appear after newer ones. Every object must be emitted, none twice, and in
 * creation order within its resource: {@code emitDelay} covers the indexing delay. A second conversation consumer
 * without {@code emitDelay} must still emit every object exactly once, thanks to {@code lookback}.
 */
// a consumer that repeats or loses its place never drains: fail instead of hanging
@Timeout(120)
class ConsumerRandomisedTest {

    private static final int CONTACT_INDEX_DELAY = 5;
    private static final int CONVERSATION_INDEX_DELAY = 3;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1L, 42L, 20261121L })
    void everyObjectIsEmittedOnceInCreationOrder(long seed) throws Exception {
        SandboxClock clock = SandboxClock.manual(IntercomConsumerTest.T0);
        try (IntercomSandbox sandbox = IntercomSandbox.start(SandboxOptions.defaults().clock(clock).unlimited()
                .contactIndexDelaySeconds(CONTACT_INDEX_DELAY).conversationIndexDelaySeconds(CONVERSATION_INDEX_DELAY)
                .indexDelayVaries(seed));
             ConsumerHarness camel = new ConsumerHarness(sandbox)
                     .route("contacts", "intercom:contact?startFrom=beginning&emitDelay=6&startScheduler=false")
                     .route("conversations", "intercom:conversation?startFrom=beginning&emitDelay=4&startScheduler=false")
                     .route("conversationsAsap", "intercom:conversation?startFrom=beginning&lookback=10&startScheduler=false")
                     .route("tickets", "intercom:ticket?startFrom=beginning&startScheduler=false")
                     .start()) {
            List<String> routes = List.of("contacts", "conversations", "conversationsAsap", "tickets");
            routes.forEach(r -> camel.consumer(r).setClock(clock::now));
            String firstContact = sandbox.workspace().createContact(Map.of("email", "first@example.com")).get("id").asText();
            Created created = new Created(firstContact);

            AtomicBoolean creating = new AtomicBoolean(true);
            Thread creator = new Thread(() -> {
                Random random = new Random(seed);
                try {
                    for (int burst = 0; burst < 150; burst++) {
                        for (int i = random.nextInt(6); i > 0; i--) {
                            created.add(sandbox, random.nextInt(3));
                        }
                        if (random.nextInt(3) == 0) {
                            clock.advance(1);
                        }
                    }
                } finally {
                    creating.set(false);
                }
            }, "creator");
            creator.start();
            while (creating.get()) {
                for (String route : routes) {
                    camel.poll(route);
                }
            }
            creator.join();
            clock.advance(30); // past every indexing delay and emitDelay
            for (String route : routes) {
                camel.drain(route);
            }

            assertExactlyOnceInOrder(created.contacts, camel.emittedBy("contacts"), true);
            assertExactlyOnceInOrder(created.tickets, camel.emittedBy("tickets"), true);
            assertExactlyOnceInOrder(created.conversations, camel.emittedBy("conversations"), true);
            // without emitDelay, a conversation indexed late comes after newer ones, but still exactly once
            assertExactlyOnceInOrder(created.conversations, camel.emittedBy("conversationsAsap"), false);
            assertTrue(created.contacts.size() > 20 && created.conversations.size() > 20 && created.tickets.size() > 20,
                    "the random bursts created too little to mean anything: " + created);
        }
    }

    private static void assertExactlyOnceInOrder(List<String> created, List<ConsumerHarness.Emission> emitted,
            boolean inOrder) {
        List<String> ids = emitted.stream().map(ConsumerHarness.Emission::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "an object was emitted twice");
        assertEquals(new HashSet<>(created), new HashSet<>(ids), "missed or unknown objects");
        for (int i = 1; inOrder && i < emitted.size(); i++) {
            assertTrue(emitted.get(i - 1).createdAt() <= emitted.get(i).createdAt(),
                    "out of creation order at " + i + ": " + emitted.get(i - 1) + " then " + emitted.get(i));
        }
    }

    /** What the creator thread made, per resource. */
    private static final class Created {
        final List<String> contacts = Collections.synchronizedList(new ArrayList<>());
        final List<String> conversations = Collections.synchronizedList(new ArrayList<>());
        final List<String> tickets = Collections.synchronizedList(new ArrayList<>());
        private final String contactId;
        private int sequence;

        Created(String firstContact) {
            this.contactId = firstContact;
            contacts.add(firstContact);
        }

        void add(IntercomSandbox sandbox, int kind) {
            int n = sequence++;
            switch (kind) {
                case 0 -> contacts.add(sandbox.workspace()
                        .createContact(Map.of("email", "c" + n + "@example.com")).get("id").asText());
                case 1 -> conversations.add(sandbox.workspace().createConversation(contactId, "Hi " + n).get("id").asText());
                default -> tickets.add(sandbox.workspace().createTicket(contactId, "Ticket " + n).get("id").asText());
            }
        }

        @Override
        public String toString() {
            return contacts.size() + " contacts, " + conversations.size() + " conversations, " + tickets.size() + " tickets";
        }
    }
}
