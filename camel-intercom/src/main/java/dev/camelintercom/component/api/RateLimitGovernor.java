package dev.camelintercom.component.api;

import java.util.function.LongSupplier;

/**
 * Keeps the calls of one token to one workspace inside Intercom's rate limit. It reads {@code X-RateLimit-Limit,
 * -Remaining, -Reset} from every response, counts the calls it lets through since, and when the budget left is at
 * the reserve, holds further calls until the window resets, instead of sending them into a 429. An optional cap
 * limits the calls per 10-second window on the client side, for apps that share the workspace budget with others.
 * Waiting threads sleep on a monitor: nothing spins.
 */
public final class RateLimitGovernor {

    static final long WINDOW_MILLIS = 10_000;

    private final int reserve;
    private final int maxRequestsPerWindow;
    private final LongSupplier clock;

    // guarded by this
    private int limit = -1;
    private int remaining = -1;
    private long resetAtMillis;
    private long capWindowStart;
    private int capCount;

    public RateLimitGovernor(int reserve, int maxRequestsPerWindow) {
        this(reserve, maxRequestsPerWindow, System::currentTimeMillis);
    }

    RateLimitGovernor(int reserve, int maxRequestsPerWindow, LongSupplier clock) {
        this.reserve = Math.max(0, reserve);
        this.maxRequestsPerWindow = Math.max(0, maxRequestsPerWindow);
        this.clock = clock;
    }

    /** Waits, if needed, until a call may be sent, and counts it. */
    public synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = clock.getAsLong();
            if (remaining >= 0 && now >= resetAtMillis) {
                remaining = limit; // the window refilled
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
            if (waitUntil <= now) {
                if (remaining > 0) {
                    remaining--;
                }
                capCount++;
                return;
            }
            wait(waitUntil - now);
        }
    }

    /** Takes in the rate-limit headers of a response (any of them may be absent). */
    public synchronized void update(Integer headerLimit, Integer headerRemaining, Long headerResetSeconds) {
        if (headerLimit == null || headerRemaining == null || headerResetSeconds == null) {
            return;
        }
        long reset = headerResetSeconds * 1000;
        limit = headerLimit;
        if (reset > resetAtMillis || remaining < 0) {
            resetAtMillis = reset;
            remaining = headerRemaining;
        } else if (reset == resetAtMillis) {
            // responses overtake each other: the lowest count of the window is the truest
            remaining = Math.min(remaining, headerRemaining);
        }
        notifyAll();
    }

    /** A 429 came back: nothing more is sent until the window resets (in 10 seconds when Intercom did not say). */
    public synchronized void rateLimited(Long headerResetSeconds) {
        long reset = headerResetSeconds != null ? headerResetSeconds * 1000 : clock.getAsLong() + WINDOW_MILLIS;
        remaining = 0;
        resetAtMillis = Math.max(resetAtMillis, reset);
        if (limit < 0) {
            limit = 0;
        }
    }
}
