/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        long first = governor.acquire();
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(this::acquire);
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));
        assertEquals(List.of(), budget.leases, "nothing is leased before the window is known");

        budget.grant(3);
        governor.update(first, 100, 99, RESET_SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("workspace-hash " + RESET_SECONDS * 1000 + " budget 95 carried 0"), budget.leases,
                "the window is Intercom's reset; the budget is the limit less the reserve");
    }

    @Test
    void leasesAgainWhenTheSliceIsSpentAndWaitsForTheNextWindowWhenTheBudgetIsSpent() throws Exception {
        governor.update(governor.acquire(), 100, 99, RESET_SECONDS);
        budget.grant(2);
        long answeredLater = governor.acquire();
        governor.acquire(); // the slice of 2 is spent
        budget.grant(0);
        CompletableFuture<Long> held = CompletableFuture.supplyAsync(this::acquire);
        assertThrows(TimeoutException.class, () -> held.get(300, TimeUnit.MILLISECONDS));
        assertFalse(held.isDone(), "the window's budget is spent");
        governor.update(answeredLater - 1, 100, 90, RESET_SECONDS); // wakes the held call: it does not ask again
        assertThrows(TimeoutException.class, () -> held.get(300, TimeUnit.MILLISECONDS));

        budget.grant(10);
        now.set(RESET_SECONDS * 1000); // the next window: the clock passed Intercom's reset, an answer tells the new one
        governor.update(answeredLater, 100, 99, RESET_SECONDS + 10);
        held.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(
                "workspace-hash " + RESET_SECONDS * 1000 + " budget 95 carried 0",
                "workspace-hash " + RESET_SECONDS * 1000 + " budget 95 carried 0",
                "workspace-hash " + (RESET_SECONDS + 10) * 1000 + " budget 95 carried 1"), budget.leases,
                "a new lease when the slice is spent, none granted and not asked again in that window, then the next "
                                                                                                     + "window, into which the call still unanswered is carried");
    }

    @Test
    void aCapBelowTheLimitIsTheSharedBudget() throws Exception {
        RateLimitGovernor capped = new RateLimitGovernor(0, 40, now::get, budget, "workspace-hash");
        capped.update(capped.acquire(), 100, 99, RESET_SECONDS);
        budget.grant(1);
        capped.acquire();
        assertEquals(List.of("workspace-hash " + RESET_SECONDS * 1000 + " budget 40 carried 0"), budget.leases);
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
        final List<String> leases = new ArrayList<>();
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
