/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

/**
 * Intercom's rate limit: a budget of calls per fixed window of the sandbox clock (windows start at multiples of the
 * window length), refilled when the next window starts. Thread-safe.
 */
final class RateLimiter {

    /** The outcome of one call, and the figures of the {@code X-RateLimit-*} headers. */
    record Decision(boolean allowed, int limit, int remaining, long reset) {
    }

    private final SandboxClock clock;
    private final int limit;
    private final int windowSeconds;
    private long windowStart = Long.MIN_VALUE;
    private int used;

    RateLimiter(SandboxClock clock, int limit, int windowSeconds) {
        this.clock = clock;
        this.limit = limit;
        this.windowSeconds = windowSeconds;
    }

    synchronized Decision acquire() {
        long reset = enterCurrentWindow();
        if (used >= limit) {
            return new Decision(false, limit, 0, reset);
        }
        used++;
        return new Decision(true, limit, limit - used, reset);
    }

    /** A refusal as if the current window's budget were spent, without counting a call. */
    synchronized Decision refuse() {
        return new Decision(false, limit, 0, enterCurrentWindow());
    }

    /** Starts the budget afresh when a new window began; answers the current window's reset second. */
    private long enterCurrentWindow() {
        long now = clock.now();
        long start = now - Math.floorMod(now, windowSeconds);
        if (start != windowStart) {
            windowStart = start;
            used = 0;
        }
        return start + windowSeconds;
    }

    String exceededMessage() {
        return "Exceeded rate limit of " + limit + " in " + windowSeconds + "_seconds";
    }
}
