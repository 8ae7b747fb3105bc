/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

/**
 * The {@code X-RateLimit-*} headers, and the accounting of each call against the token's {@link RateLimitGovernor},
 * if there is one: waits for the budget before sending, and reports how the call ended (its headers, a 429, or no
 * answer).
 */
final class RateLimitAccounting {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";

    private final RateLimitGovernor governor;

    /** @param governor the governor of the token, or null to count nothing */
    RateLimitAccounting(RateLimitGovernor governor) {
        this.governor = governor;
    }

    /** Waits until the budget allows a call; returns the governor's ticket for it (0 without a governor). */
    long acquire() throws InterruptedException {
        return governor == null ? 0 : governor.acquire();
    }

    /** Tells the governor how the call ended: answered (with its rate-limit headers), or not at all. */
    void count(long ticket, RawResponse raw) {
        if (governor == null) {
            return;
        }
        if (raw == null) {
            governor.unanswered(ticket);
            return;
        }
        governor.update(ticket, raw.intHeader(LIMIT), raw.intHeader(REMAINING), raw.longHeader(RESET));
        if (raw.status() == 429) {
            governor.rateLimited(raw.longHeader(RESET));
        }
    }
}
