/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RateLimitGovernor} on a clock the test moves, fed the way {@link IntercomClient} feeds it: {@code acquire}
 * before each call, {@code update} with the headers of each answer, {@code rateLimited} on a 429. A held call waits
 * on the governor's monitor for as many real milliseconds as the clock says are left; so the tests move the clock to
 * just before the moment a hold must end, and each hold costs a fraction of a second.
 */
class RateLimitGovernorTest {

    /** The test clock's start: a whole second, so that resets given in seconds line up with it. */
    private static final long T0 = 1_767_225_600_000L;
    private static final long T0_SECONDS = T0 / 1000;
    private static final long WINDOW = RateLimitGovernor.WINDOW_MILLIS;
    /** The real time a held call waits before it looks at the clock again. */
    private static final long SHORT_WAIT = 150;

    private final AtomicLong now = new AtomicLong(T0);
    private final AtomicInteger clockReads = new AtomicInteger();
    private final List<Thread> waiters = new ArrayList<>();

    private RateLimitGovernor governor(int reserve, int maxRequestsPerWindow) {
        return new RateLimitGovernor(reserve, maxRequestsPerWindow, () -> {
            clockReads.incrementAndGet();
            return now.get();
        });
    }

    @AfterEach
    void stopWaiters() {
        waiters.forEach(Thread::interrupt);
    }

    @Test
    void letsCallsThroughWhileTheBudgetLastsThenHoldsAtTheReserveUntilTheReset() throws InterruptedException {
        RateLimitGovernor governor = governor(2, 0);
        Window intercom = new Window(20, T0_SECONDS + 10);
        intercom.send(governor, 18); // 2 left: the reserve

        Waiter held = heldUntil(governor, intercom.resetMillis());

        intercom.next(T0_SECONDS + 20);
        intercom.answer(governor, held.ticket()); // answered in the new window: 19 left
        intercom.send(governor, 17);
        heldUntil(governor, intercom.resetMillis());
    }

    @Test
    void aNewWindowInTheHeadersReleasesTheCallsHeld() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 0);
        Window intercom = new Window(20, T0_SECONDS + 10);
        intercom.send(governor, 19);
        long last = governor.acquire(); // the last call of the budget, on its way
        Waiter held = new Waiter(governor);
        held.isWaiting();

        intercom.next(T0_SECONDS + 20); // Intercom's clock is ahead: its window has refilled already
        intercom.answer(governor, last);

        held.isReleased();
        intercom.answer(governor, held.ticket());
        intercom.send(governor, 18);
        heldUntil(governor, intercom.resetMillis());
    }

    @Test
    void capsTheCallsPerTenSecondWindowOnTheClientSide() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 3);
        sendWithoutHeaders(governor, 3); // Intercom says nothing of its limit: only the cap counts

        heldUntil(governor, T0 + WINDOW);

        sendWithoutHeaders(governor, 2); // the call released was the first of the new window
        heldUntil(governor, T0 + 2 * WINDOW);
    }

    @Test
    void aRateLimitWithoutResetHeadersHoldsCallsForAWindow() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 0);
        governor.update(governor.acquire(), null, null, null);
        governor.rateLimited(null);

        heldUntil(governor, T0 + WINDOW);

        sendWithoutHeaders(governor, 5); // nothing is known of the new window: calls go until Intercom says more
    }

    @Test
    void aRateLimitWithOnlyTheResetHeaderHoldsCallsUntilThatReset() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 0);
        long reset = T0_SECONDS + 3;
        governor.update(governor.acquire(), null, null, reset);
        governor.rateLimited(reset);

        heldUntil(governor, reset * 1000);

        sendWithoutHeaders(governor, 5);
    }

    @Test
    void aRateLimitWithAllHeadersHoldsCallsUntilTheReset() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 0);
        long reset = T0_SECONDS + 3;
        governor.update(governor.acquire(), 167, 0, reset);
        governor.rateLimited(reset);

        Waiter held = heldUntil(governor, reset * 1000);

        Window intercom = new Window(167, T0_SECONDS + 13);
        intercom.answer(governor, held.ticket());
        intercom.send(governor, 166);
        heldUntil(governor, intercom.resetMillis());
    }

    @Test
    void answersThatOvertakeEachOtherCountTheLowestRemainingOfTheWindow() throws InterruptedException {
        RateLimitGovernor governor = governor(15, 0);
        long reset = T0_SECONDS + 10;
        long first = governor.acquire(); // nothing is known yet: all three go
        long second = governor.acquire();
        long third = governor.acquire();
        governor.update(third, 20, 17, reset); // the third call's answer comes first: Intercom counted all three
        governor.update(first, 20, 19, reset);
        governor.update(second, 20, 18, reset);

        Window intercom = new Window(20, reset);
        intercom.used = 3;
        intercom.send(governor, 2); // 17 and 16 left, above the reserve of 15
        heldUntil(governor, intercom.resetMillis());
    }

    @Test
    void aLateAnswerFromTheWindowBeforeChangesNothing() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 0);
        long slow = governor.acquire();
        Window intercom = new Window(20, T0_SECONDS + 10);
        intercom.send(governor, 18);

        governor.update(slow, 20, 0, T0_SECONDS); // its answer, from the window before

        intercom.send(governor, 2);
        heldUntil(governor, intercom.resetMillis());
    }

    @Test
    void callsStillOnTheirWayCountAgainstTheBudgetIntercomReports() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 0);
        long reset = T0_SECONDS + 10;
        long first = governor.acquire(); // eight threads start at once, before anything is known
        for (int i = 0; i < 7; i++) {
            governor.acquire();
        }
        governor.update(first, 20, 19, reset); // the first answer: Intercom had counted its own call only

        for (int i = 0; i < 12; i++) {
            passes(governor); // the seven others still count: 20 - 8 = 12 left
        }
        heldUntil(governor, reset * 1000);
    }

    @Test
    void afterTheWindowRefillsTheHeadersOfTheNewWindowCount() throws InterruptedException {
        RateLimitGovernor governor = governor(0, 0);
        Window intercom = new Window(20, T0_SECONDS + 10);
        intercom.send(governor, 20);
        now.set(intercom.resetMillis() + 500); // the window refilled a while ago

        intercom.next(T0_SECONDS + 20);
        intercom.used = 17; // other apps of the workspace used most of the new window
        intercom.send(governor, 1);

        intercom.send(governor, 2);
        heldUntil(governor, intercom.resetMillis()); // Intercom's reset, sooner than ten seconds of our own
    }

    /**
     * A call made at {@code millis - SHORT_WAIT} waits, still waits once it has looked at the clock again, and goes at
     * {@code millis}.
     */
    private Waiter heldUntil(RateLimitGovernor governor, long millis) throws InterruptedException {
        now.set(millis - SHORT_WAIT);
        Waiter waiter = new Waiter(governor);
        waiter.isWaiting();
        int reads = clockReads.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> clockReads.get() > reads || waiter.hasPassed());
        waiter.isWaiting();
        now.set(millis);
        waiter.isReleased();
        return waiter;
    }

    private static long passes(RateLimitGovernor governor) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), governor::acquire, "the call should go without waiting");
    }

    /** Calls that go at once, and answers that carry no rate-limit headers. */
    private static void sendWithoutHeaders(RateLimitGovernor governor, int calls) {
        for (int i = 0; i < calls; i++) {
            governor.update(passes(governor), null, null, null);
        }
    }

    /** Intercom's side of a rate-limit window: the calls it counted, and the headers it answers with. */
    private static final class Window {

        private final int limit;
        private long resetSeconds;
        private int used;

        Window(int limit, long resetSeconds) {
            this.limit = limit;
            this.resetSeconds = resetSeconds;
        }

        long resetMillis() {
            return resetSeconds * 1000;
        }

        void next(long nextResetSeconds) {
            resetSeconds = nextResetSeconds;
            used = 0;
        }

        /** Counts a call and answers it. */
        void answer(RateLimitGovernor governor, long ticket) {
            used++;
            governor.update(ticket, limit, Math.max(0, limit - used), resetSeconds);
        }

        /** Calls that must go at once, each answered before the next. */
        void send(RateLimitGovernor governor, int calls) {
            for (int i = 0; i < calls; i++) {
                answer(governor, passes(governor));
            }
        }
    }

    /** A thread that makes one call through the governor. */
    private final class Waiter {

        private final CountDownLatch passed = new CountDownLatch(1);
        private final AtomicLong ticket = new AtomicLong();
        private final Thread thread;

        Waiter(RateLimitGovernor governor) {
            thread = new Thread(() -> {
                try {
                    ticket.set(governor.acquire());
                    passed.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "governor-waiter");
            thread.setDaemon(true);
            waiters.add(thread);
            thread.start();
        }

        long ticket() {
            return ticket.get();
        }

        boolean hasPassed() {
            return passed.getCount() == 0;
        }

        void isWaiting() {
            await().atMost(Duration.ofSeconds(5)).until(() -> thread.getState() == Thread.State.TIMED_WAITING || hasPassed());
            assertEquals(1, passed.getCount(), "the call went, but should wait");
        }

        void isReleased() throws InterruptedException {
            assertTrue(passed.await(5, TimeUnit.SECONDS), "the call is still held");
        }
    }
}
