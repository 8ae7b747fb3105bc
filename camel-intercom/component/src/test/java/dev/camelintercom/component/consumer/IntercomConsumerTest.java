/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxFault;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxRequests;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer against the sandbox, polled by the test: complete windows across pages, the batch cap, idle cost,
 * failures that change nothing, redelivery of failed exchanges only, and restarts on a file state repository.
 */
// a consumer that repeats or loses its place never drains: fail instead of hanging
@Timeout(120)
class IntercomConsumerTest {

    static final long T0 = 1_767_225_600L; // 2026-01-01T00:00:00Z

    private IntercomSandbox sandbox;
    private String contactId;

    @BeforeEach
    void startSandbox() {
        sandbox = IntercomSandbox.start(SandboxOptions.defaults().clock(SandboxClock.manual(T0)));
        contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aWindowOfThreePagesIsEmittedCompletelyInOnePoll() throws Exception {
        List<String> created = createConversations(30, 10);
        try (ConsumerHarness camel = new ConsumerHarness(sandbox)
                .route("r", "intercom:conversation?startFrom=beginning&perPage=10&startScheduler=false").start()) {
            assertEquals(30, camel.poll("r"));
            assertEquals(created, camel.ids("conversation"));
            assertEquals(3, sandbox.requests().count("POST", "/conversations/search"));
        }
    }

    @Test
    void maxMessagesPerPollDrainsASecondFullOfObjectsOverSeveralPollsWithoutGap() throws Exception {
        List<String> created = createConversations(30, 1000); // all in the same second
        try (ConsumerHarness camel = new ConsumerHarness(sandbox)
                .route("r", "intercom:conversation?startFrom=beginning&perPage=10&maxMessagesPerPoll=7&startScheduler=false")
                .start()) {
            List<Integer> perPoll = new ArrayList<>();
            for (int n = camel.poll("r"); n > 0; n = camel.poll("r")) {
                perPoll.add(n);
            }
            assertEquals(List.of(7, 7, 7, 7, 2), perPoll);
            assertEquals(created, camel.ids("conversation"));
        }
    }

    @Test
    void anIdlePollCostsOneCallForConversationsTicketsAndContacts() throws Exception {
        createConversations(5, 2);
        for (int i = 0; i < 3; i++) {
            sandbox.workspace().createTicket(contactId, "Ticket " + i);
            sandbox.workspace().createContact(Map.of("email", "c" + i + "@example.com"));
        }
        try (ConsumerHarness camel = new ConsumerHarness(sandbox)
                .route("conversations", "intercom:conversation?startFrom=beginning&startScheduler=false")
                .route("tickets", "intercom:ticket?startFrom=beginning&startScheduler=false")
                .route("contacts", "intercom:contact?startFrom=beginning&startScheduler=false").start()) {
            for (String route : List.of("conversations", "tickets", "contacts")) {
                camel.drain(route);
            }
            assertEquals(5, camel.ids("conversation").size());
            assertEquals(3, camel.ids("ticket").size());
            assertEquals(4, camel.ids("contact").size());

            sandbox.requests().clear();
            for (int i = 0; i < 3; i++) {
                for (String route : List.of("conversations", "tickets", "contacts")) {
                    assertEquals(0, camel.poll(route));
                }
            }
            assertEquals(9, sandbox.requests().count(), sandbox.requests().countsByPath().toString());
        }
    }

    @Test
    void aBacklogIsReadAtFullPageSize() throws Exception {
        createConversations(400, 20);
        try (ConsumerHarness camel = new ConsumerHarness(sandbox)
                .route("r", "intercom:conversation?startFrom=beginning&startScheduler=false").start()) {
            assertEquals(400, camel.poll("r"));
            List<SandboxRequests.Recorded> searches = sandbox.requests().all().stream()
                    .filter(r -> r.path().equals("/conversations/search")).toList();
            assertEquals(3, searches.size());
            searches.forEach(r -> assertTrue(r.body().contains("\"per_page\":150"), r.body()));
        }
    }

    @Test
    void aBacklogLargerThanAPollDrainsInAboutItsPagesNotItsPagesOnEveryPoll() throws Exception {
        // created one second apart and more than an hour ago, as a backlog that built up, whatever the date today
        SandboxClock clock = SandboxClock.manual(java.time.Instant.now().getEpochSecond() - 3_600 - 1_500);
        try (IntercomSandbox backlog = IntercomSandbox.start(SandboxOptions.defaults().clock(clock))) {
            String contact = backlog.workspace().createContact(Map.of("email", "backlog@example.com")).get("id").asText();
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 1_500; i++) {
                clock.advance(1);
                created.add(backlog.workspace().createConversation(contact, "Backlog " + i).get("id").asText());
            }
            backlog.requests().clear();
            try (ConsumerHarness camel = new ConsumerHarness(backlog)
                    .route("r", "intercom:conversation?startFrom=beginning&maxMessagesPerPoll=400&startScheduler=false")
                    .start()) {
                List<Integer> perPoll = new ArrayList<>();
                for (int n = camel.poll("r"); n > 0; n = camel.poll("r")) {
                    perPoll.add(n);
                }
                assertEquals(List.of(400, 400, 400, 300), perPoll);
                assertEquals(created, camel.ids("conversation"));
                // 10 pages of 150, a call more per poll for its lookback (60 s: 60 objects read again and skipped),
                // and 4 for sizing the slices and finding the end; reading on to the backlog's end on every poll, as
                // before, took 10 + 8 + 6 + 3 + 1 = 28
                int calls = backlog.requests().count("POST", "/conversations/search");
                assertTrue(calls <= 10 + 5 + 4, "calls: " + calls);
            }
        }
    }

    @Test
    void aRateLimitServerErrorOrResetDuringAPollChangesNothing() throws Exception {
        List<String> created = createConversations(20, 5);
        MemoryStateRepository state = new MemoryStateRepository();
        try (ConsumerHarness camel = new ConsumerHarness(sandbox).bind("state", state)
                .route("r", "intercom:conversation?startFrom=beginning&perPage=10&stateRepository=#state&stateKey=k"
                            + "&startScheduler=false")
                .start()) {
            sandbox.faults().nextRequests(1, "POST", "/conversations/search", SandboxFault.status(429, "rate_limit_exceeded"));
            IntercomApiException limited = assertThrows(IntercomApiException.class, () -> camel.poll("r"));
            assertEquals(429, limited.getStatusCode());
            sandbox.faults().nextRequests(1, "POST", "/conversations/search", SandboxFault.status(503));
            assertEquals(503, assertThrows(IntercomApiException.class, () -> camel.poll("r")).getStatusCode());
            sandbox.faults().nextRequests(1, "POST", "/conversations/search", SandboxFault.connectionReset());
            assertThrows(java.io.IOException.class, () -> camel.poll("r"));

            assertEquals(List.of(), camel.emitted());
            assertNull(state.getState("k"));

            assertEquals(20, camel.poll("r"));
            assertEquals(created, camel.ids("conversation"));
        }
    }

    @Test
    void aFailedExchangeIsDeliveredAgainAndOnlyIt() throws Exception {
        List<String> created = createConversations(20, 4);
        Set<String> poison = Set.of(created.get(3), created.get(9), created.get(15));
        Set<String> failedOnce = new HashSet<>();
        try (ConsumerHarness camel = new ConsumerHarness(sandbox)
                .route("r", "intercom:conversation?startFrom=beginning&startScheduler=false", exchange -> {
                    String id = exchange.getMessage().getHeader(IntercomConstants.RESOURCE_ID, String.class);
                    return poison.contains(id) && failedOnce.add(id);
                }).start()) {
            assertEquals(20, camel.poll("r"));
            assertEquals(17, camel.emitted().size());
            assertEquals(3, camel.poll("r"));
            assertEquals(0, camel.poll("r"));

            Map<String, Integer> attempts = camel.attempts();
            for (String id : created) {
                assertEquals(poison.contains(id) ? 2 : 1, attempts.get("conversation/" + id), id);
            }
            List<String> redelivered = camel.ids("conversation").subList(17, 20);
            assertEquals(created.stream().filter(poison::contains).toList(), redelivered);
        }
    }

    @Test
    void aRestartMidBacklogResumesFromTheFileStateRepository(@TempDir Path dir) throws Exception {
        List<String> created = createConversations(60, 7);
        File stateFile = dir.resolve("intercom.state").toFile();
        String uri = "intercom:conversation?startFrom=beginning&maxMessagesPerPoll=10&stateRepository=#state&startScheduler=false";
        List<String> emitted = new ArrayList<>();
        try (ConsumerHarness first = new ConsumerHarness(sandbox)
                .bind("state", FileStateRepository.fileStateRepository(stateFile)).route("r", uri).start()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(10, first.poll("r"));
            }
            emitted.addAll(first.ids("conversation"));
        }
        try (ConsumerHarness second = new ConsumerHarness(sandbox)
                .bind("state", FileStateRepository.fileStateRepository(stateFile)).route("r", uri).start()) {
            second.drain("r");
            emitted.addAll(second.ids("conversation"));
        }
        assertEquals(created, emitted);
    }

    @Test
    void updatesAreEmittedOncePerUpdateWithCreatedOrUpdated() throws Exception {
        List<String> created = createConversations(3, 10);
        try (ConsumerHarness camel = new ConsumerHarness(sandbox)
                .route("r", "intercom:conversation?startFrom=beginning&emit=createdOrUpdated&lookback=0&startScheduler=false")
                .start()) {
            assertEquals(3, camel.poll("r"));
            sandbox.clock().advance(120);
            sandbox.workspace().closeConversation(created.get(1));
            assertEquals(1, camel.poll("r"));
            assertEquals(0, camel.poll("r"));
            ConsumerHarness.Emission update = camel.emitted().get(3);
            assertEquals(created.get(1), update.id());
            assertEquals("updated", update.change());
            assertEquals(List.of("created", "created", "created"),
                    camel.emitted().subList(0, 3).stream().map(ConsumerHarness.Emission::change).toList());
        }
    }

    @Test
    void companiesAreReadByScrollingAndEmittedOnce() throws Exception {
        for (int i = 0; i < 7; i++) {
            // Intercom lists no company without a contact, so each gets one
            String company = sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "c" + i, "name", "Company " + i))
                    .get("id").asText();
            sandbox.workspace().attachContactToCompany(contactId, company);
            sandbox.clock().advance(1);
        }
        try (ConsumerHarness camel = new ConsumerHarness(sandbox)
                .route("r", "intercom:company?startFrom=beginning&startScheduler=false").start()) {
            camel.drain("r");
            assertEquals(7, new HashSet<>(camel.ids("company")).size());
            assertEquals(7, camel.ids("company").size());
            assertEquals(0, camel.poll("r"));
        }
    }

    /** Creates conversations, advancing the sandbox clock one second after every {@code perSecond}; returns their ids. */
    private List<String> createConversations(int count, int perSecond) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % perSecond == 0) {
                sandbox.clock().advance(1);
            }
            ids.add(sandbox.workspace().createConversation(contactId, "Hello " + i).get("id").asText());
        }
        return ids;
    }
}
