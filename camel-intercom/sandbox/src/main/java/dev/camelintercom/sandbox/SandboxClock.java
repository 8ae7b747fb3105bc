/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's notion of "now" in Unix seconds: every {@code created_at}/{@code updated_at}, the search index delay,
 * the rate-limit windows and the company scroll expiry read it. Either it follows the system clock, or it is manual:
 * it stands still until a test sets or advances it, so that many objects can be created in the same second.
 */
public final class SandboxClock {

    private final AtomicLong manualSeconds;

    private SandboxClock(AtomicLong manualSeconds) {
        this.manualSeconds = manualSeconds;
    }

    /** A clock that follows the system time. */
    public static SandboxClock system() {
        return new SandboxClock(null);
    }

    /** A clock standing at the given Unix second until it is set or advanced. */
    public static SandboxClock manual(long epochSecond) {
        return new SandboxClock(new AtomicLong(epochSecond));
    }

    /** A manual clock starting at the current system second. */
    public static SandboxClock manualFromNow() {
        return manual(System.currentTimeMillis() / 1000);
    }

    /** The current Unix second. */
    public long now() {
        return manualSeconds == null ? System.currentTimeMillis() / 1000 : manualSeconds.get();
    }

    public boolean isManual() {
        return manualSeconds != null;
    }

    /** Moves a manual clock to the given Unix second (backwards too). */
    public void set(long epochSecond) {
        manual().set(epochSecond);
    }

    /** Moves a manual clock forward, returning the new second. */
    public long advance(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("advance takes a duration of zero or more seconds, not " + seconds);
        }
        return manual().addAndGet(seconds);
    }

    /** Moves a manual clock forward by whole seconds of the duration. */
    public long advance(Duration duration) {
        return advance(duration.toSeconds());
    }

    private AtomicLong manual() {
        if (manualSeconds == null) {
            throw new IllegalStateException("This sandbox clock follows the system time; start the sandbox with "
                                            + "SandboxClock.manual(...) to set or advance it");
        }
        return manualSeconds;
    }

    @Override
    public String toString() {
        return isManual() ? "SandboxClock[manual at " + now() + "]" : "SandboxClock[system]";
    }
}
