/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RateLimitGovernor} with a {@link SharedRateLimitBudget}: what it asks the budget for, and that a call waits
 * when the budget has nothing left for the window, on a clock the test moves.
 */
class SharedRateLimitBudgetGovernorTest {

    private static final long T0 = 1_767_225_600_000L;
    private static final long RESET_SECONDS = T0 / 1000 + 10;

    private final AtomicLong now = new AtomicLong(T0);
    private final RecordingBudget budget = new RecordingBudget();
    private final RateLimitGovernor governor = new RateLimitGovernor(5, 0, now::get, budget, "workspace-hash");

    @Test
    void sendsOneCallAtATimeUntilAnAnswerTellsTheLimitAndTheWindow() throws Exception {
        budget.grant(1);
        long first = governor.acquire();
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(this::acquire);
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));
        assertEquals(List.of("workspace-hash 0 budget 0 carried 0"), budget.leases,
                "the first call is counted in whatever window the budget knows");

        budget.grant(3);
        governor.update(first, 100, 99, RESET_SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertEquals("workspace-hash " + RESET_SECONDS * 1000 + " budget 95 carried 1", budget.leases.get(1),
                "the window is Intercom's reset; the budget is the limit less the reserve; the call sent before the "
                                                                                                   + "window was known is counted in it");
    }

    @Test
    void theFirstCallWaitsWhileTheWindowTheBudgetKnowsIsSpent() throws Exception {
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(this::acquire);
        assertThrows(TimeoutException.class, () -> first.get(300, TimeUnit.MILLISECONDS));
        budget.grant(1);
        first.get(5, TimeUnit.SECONDS); // asks again a second later
        assertTrue(budget.leases.size() >= 2, "asked until granted: " + budget.leases);
    }

    @Test
    void leasesAgainWhenTheSliceIsSpentAndWaitsForTheNextWindowWhenTheBudgetIsSpent() throws Exception {
        budget.grant(1);
        governor.update(governor.acquire(), 100, 99, RESET_SECONDS);
        budget.grant(2);
        now.set(RESET_SECONDS * 1000 - 500); // the last half second of the window
        long answeredLater = governor.acquire();
        long answeredFirst = governor.acquire(); // the slice of 2 is spent
        budget.grant(0);
        CompletableFuture<Long> held = CompletableFuture.supplyAsync(this::acquire);
        assertThrows(TimeoutException.class, () -> held.get(300, TimeUnit.MILLISECONDS));
        assertFalse(held.isDone(), "the window's budget is spent");
        governor.update(answeredFirst, 100, 90, RESET_SECONDS); // wakes the held call: it does not ask again
        assertThrows(TimeoutException.class, () -> held.get(300, TimeUnit.MILLISECONDS));

        budget.grant(10);
        now.set(RESET_SECONDS * 1000); // the next window: the clock passed Intercom's reset, an answer tells the new one
        governor.update(answeredLater, 100, 99, RESET_SECONDS + 10);
        held.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(
                "workspace-hash 0 budget 0 carried 0",
                "workspace-hash " + RESET_SECONDS * 1000 + " budget 95 carried 1",
                "workspace-hash " + RESET_SECONDS * 1000 + " budget 95 carried 0",
                "workspace-hash " + (RESET_SECONDS + 10) * 1000 + " budget 95 carried 2"), budget.leases,
                "a new lease when the slice is spent, none granted and not asked again in that window, then the next "
                                                                                                     + "window, into which the two calls sent in the last second "
                                                                                                     + "of the window before are carried (Intercom may count "
                                                                                                     + "them in either)");
    }

    @Test
    void aCapBelowTheLimitIsTheSharedBudget() throws Exception {
        RateLimitGovernor capped = new RateLimitGovernor(0, 40, now::get, budget, "workspace-hash");
        budget.grant(1);
        capped.update(capped.acquire(), 100, 99, RESET_SECONDS);
        capped.acquire();
        assertEquals("workspace-hash " + RESET_SECONDS * 1000 + " budget 40 carried 1", budget.leases.get(1));
    }

    private long acquire() {
        try {
            return governor.acquire();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Grants what the test says, and records each lease asked for. */
    private static final class RecordingBudget implements SharedRateLimitBudget {
        final List<String> leases = new CopyOnWriteArrayList<>();
        private volatile int grant;

        void grant(int calls) {
            grant = calls;
        }

        @Override
        public synchronized int lease(String workspace, long windowReset, int budget, int carried) {
            leases.add(workspace + " " + windowReset + " budget " + budget + " carried " + carried);
            return grant;
        }
    }
}
