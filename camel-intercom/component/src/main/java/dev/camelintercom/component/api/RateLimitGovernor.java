/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.function.LongSupplier;

/**
 * Keeps the calls of one token to one workspace inside Intercom's rate limit. It reads {@code X-RateLimit-Limit,
 * -Remaining, -Reset} from every response, counts the calls it lets through since and those still on their way
 * (Intercom may not have counted them yet), and when the budget left is at the reserve, holds further calls until the
 * window resets, instead of sending them into a 429. An optional cap limits the calls per 10-second window on the
 * client side, for apps that share the workspace budget with others.
 * Waiting threads sleep on a monitor: nothing spins. Both entries per call ({@code acquire}, {@code update}) are
 * short critical sections that allocate nothing, and an update wakes threads only when some are waiting.
 * <p>
 * With a {@link SharedRateLimitBudget} (several processes, one token), a call also needs a lease of the current
 * window from it: the governor leases a slice when the one it holds is spent, and waits for the next window when the
 * budget has none left. Until the first answer tells the limit and the window, it sends one call at a time, each
 * leased from whatever window the budget knows, so that no process sends calls nobody counted. The calls sent in the
 * last two seconds of a window, and those still unanswered when it ends, may reach Intercom in the next one: they are
 * counted in both.
 */
public final class RateLimitGovernor {

    static final long WINDOW_MILLIS = 10_000;
    /**
     * How late in a window a call may be let through and still reach Intercom in the next one (a thread slow to send
     * it, transit, clock skew).
     */
    static final long STRADDLE_MILLIS = 2_000;

    private final int reserve;
    private final int maxRequestsPerWindow;
    private final LongSupplier clock;
    private final SharedRateLimitBudget shared;
    private final String workspace;

    // guarded by this
    private int limit = -1;
    private int remaining = -1;
    private long resetAtMillis;
    private long headerResetMillis; // the newest window Intercom told of
    private long capWindowStart;
    private int capCount;
    private long lastTicket;
    private final Tickets onTheirWay = new Tickets(); // tickets of the calls not answered yet
    private int waiting; // threads waiting in acquire: only they need a notifyAll
    private long leaseWindow; // the window of the shared budget the lease is of
    private int leased; // calls of the shared budget leased and not sent yet
    private boolean leaseWindowSpent; // the shared budget had none left for the lease's window: not asked again
    private int lateCalls; // calls sent in the last STRADDLE_MILLIS of the lease's window
    private long firstLateTicket; // the ticket of the first of them
    private int blindCalls; // calls sent before the window was known

    public RateLimitGovernor(int reserve, int maxRequestsPerWindow) {
        this(reserve, maxRequestsPerWindow, System::currentTimeMillis, null, null);
    }

    /** A governor that also leases each call from a budget shared with other processes (null: this process alone). */
    public RateLimitGovernor(int reserve, int maxRequestsPerWindow, SharedRateLimitBudget shared, String workspace) {
        this(reserve, maxRequestsPerWindow, System::currentTimeMillis, shared, workspace);
    }

    RateLimitGovernor(int reserve, int maxRequestsPerWindow, LongSupplier clock) {
        this(reserve, maxRequestsPerWindow, clock, null, null);
    }

    RateLimitGovernor(int reserve, int maxRequestsPerWindow, LongSupplier clock, SharedRateLimitBudget shared,
                      String workspace) {
        this.reserve = Math.max(0, reserve);
        this.maxRequestsPerWindow = Math.max(0, maxRequestsPerWindow);
        this.clock = clock;
        this.shared = shared;
        this.workspace = workspace;
    }

    /**
     * Waits, if needed, until a call may be sent, and counts it.
     *
     * @return the call's ticket, to hand back with its answer to {@link #update} (or to {@link #unanswered})
     */
    public synchronized long acquire() throws InterruptedException {
        while (true) {
            long now = clock.getAsLong();
            if (remaining >= 0 && now >= resetAtMillis) {
                // the window refilled; calls still on their way may count in the new one
                remaining = limit < 0 ? -1 : Math.max(0, limit - onTheirWay.size());
                resetAtMillis = now + WINDOW_MILLIS;
            }
            long waitUntil = 0;
            if (remaining >= 0 && remaining <= reserve) {
                waitUntil = resetAtMillis;
            }
            if (maxRequestsPerWindow > 0) {
                if (now - capWindowStart >= WINDOW_MILLIS) {
                    capWindowStart = now;
                    capCount = 0;
                }
                if (capCount >= maxRequestsPerWindow) {
                    waitUntil = Math.max(waitUntil, capWindowStart + WINDOW_MILLIS);
                }
            }
            if (shared != null && waitUntil <= now) {
                waitUntil = awaitSharedLease(now);
            }
            if (waitUntil <= now) {
                if (remaining > 0) {
                    remaining--;
                }
                if (leased > 0) {
                    leased--;
                }
                capCount++;
                onTheirWay.add(++lastTicket);
                if (shared != null && leaseWindow > 0 && now >= leaseWindow - STRADDLE_MILLIS && lateCalls++ == 0) {
                    firstLateTicket = lastTicket;
                }
                return lastTicket;
            }
            waiting++;
            try {
                wait(waitUntil - now);
            } finally {
                waiting--;
            }
        }
    }

    /**
     * Holds a lease of the shared budget's current window, leasing a slice when none is held.
     *
     * @return until when the call must wait: 0 to send it now
     */
    private long awaitSharedLease(long now) {
        if (limit < 0) {
            // no answer yet: neither the limit nor the window is known; one call at a time finds them out, each
            // counted in the window the budget knows of (0 names none)
            if (onTheirWay.size() > 0) {
                return now + WINDOW_MILLIS;
            }
            if (shared.lease(workspace, 0, 0, 0) == 0) {
                return now + STRADDLE_MILLIS;
            }
            blindCalls++;
            return 0;
        }
        long window = sharedWindow(now);
        if (window != leaseWindow) {
            // Intercom may count in this window the previous window's late calls, and its calls still unanswered
            int unansweredBefore = lateCalls == 0 ? onTheirWay.size()
                    : onTheirWay.size() - onTheirWay.countAfter(firstLateTicket - 1);
            int carried;
            if (leaseWindow == 0) {
                // the first window known: the calls sent before it was, which the budget may not have counted
                carried = blindCalls + onTheirWay.size();
            } else if (window - leaseWindow == WINDOW_MILLIS) {
                carried = lateCalls + unansweredBefore;
            } else {
                carried = onTheirWay.size();
            }
            leaseWindow = window;
            lateCalls = 0;
            leased = shared.lease(workspace, window, sharedBudget(), carried);
            leaseWindowSpent = leased == 0;
        } else if (leased == 0 && !leaseWindowSpent) {
            leased = shared.lease(workspace, window, sharedBudget(), 0);
            leaseWindowSpent = leased == 0;
        }
        return leased > 0 ? 0 : window;
    }

    /** The end of the window now falls in: Intercom's windows follow each other, so the newest reset told, moved on. */
    private long sharedWindow(long now) {
        if (headerResetMillis > now) {
            return headerResetMillis;
        }
        return headerResetMillis + ((now - headerResetMillis) / WINDOW_MILLIS + 1) * WINDOW_MILLIS;
    }

    private int sharedBudget() {
        int budget = Math.max(0, limit - reserve);
        return maxRequestsPerWindow > 0 ? Math.min(budget, maxRequestsPerWindow) : budget;
    }

    /** Takes in the answer to the call with this ticket: its rate-limit headers (any of them may be absent). */
    public synchronized void update(long ticket, Integer headerLimit, Integer headerRemaining, Long headerResetSeconds) {
        onTheirWay.remove(ticket);
        if (headerLimit == null || headerRemaining == null || headerResetSeconds == null) {
            wakeSharedWaiters();
            return;
        }
        // the calls sent after this one that are still on their way had likely not reached Intercom when it counted
        int left = Math.max(0, headerRemaining - onTheirWay.countAfter(ticket));
        long reset = headerResetSeconds * 1000;
        limit = headerLimit;
        if (reset > headerResetMillis) {
            // compared with Intercom's own resets, not with the guess made when the window refilled here
            headerResetMillis = reset;
            resetAtMillis = reset;
            remaining = left;
        } else if (reset == resetAtMillis) {
            // responses overtake each other: the lowest count of the window is the truest
            remaining = Math.min(remaining, left);
        }
        if (waiting > 0) {
            notifyAll();
        }
    }

    /** The call with this ticket got no answer (the network failed). */
    public synchronized void unanswered(long ticket) {
        onTheirWay.remove(ticket);
        wakeSharedWaiters();
    }

    /** With a shared budget, calls may wait for the first call to come back, whatever its answer. */
    private void wakeSharedWaiters() {
        if (shared != null && waiting > 0) {
            notifyAll();
        }
    }

    /** A 429 came back: nothing more is sent until the window resets (in 10 seconds when Intercom did not say). */
    public synchronized void rateLimited(Long headerResetSeconds) {
        long reset = headerResetSeconds != null ? headerResetSeconds * 1000 : clock.getAsLong() + WINDOW_MILLIS;
        remaining = 0;
        resetAtMillis = Math.max(resetAtMillis, reset);
    }
}
