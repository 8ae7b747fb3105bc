/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How a sandbox behaves; each setter returns this, so options read as one chain:
 * {@code IntercomSandbox.start(SandboxOptions.defaults().clock(SandboxClock.manual(t)).rateLimit(5))}.
 * Read once at start.
 */
public final class SandboxOptions {

    /** The bearer token a sandbox accepts unless told otherwise. */
    public static final String DEFAULT_TOKEN = "sandbox-token";
    /** Intercom's default app budget, 10,000 calls a minute, enforced per 10-second window. */
    public static final int DEFAULT_RATE_LIMIT = 1667;
    public static final int DEFAULT_RATE_LIMIT_WINDOW_SECONDS = 10;

    private String accessToken = DEFAULT_TOKEN;
    private SandboxClock clock = SandboxClock.system();
    private ZoneId timeZone = ZoneId.of("UTC");
    private int rateLimit = DEFAULT_RATE_LIMIT;
    private int rateLimitWindowSeconds = DEFAULT_RATE_LIMIT_WINDOW_SECONDS;
    private long contactIndexDelaySeconds;
    private long conversationIndexDelaySeconds;
    private long ticketIndexDelaySeconds;
    private SearchOrder searchOrder = SearchOrder.CREATED_AT_ASCENDING;
    private Long indexDelaySeed;
    private boolean inclusiveRangeOperators = true;
    private boolean listCompaniesWithoutContacts;
    private int port;

    public static SandboxOptions defaults() {
        return new SandboxOptions();
    }

    /** The bearer token the sandbox accepts; any other (or none) gets 401. */
    public SandboxOptions accessToken(String accessToken) {
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        return this;
    }

    /** The clock of timestamps, index delays, rate-limit windows and scroll expiry. Default: system time. */
    public SandboxOptions clock(SandboxClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The workspace time zone: contact date filters round to its midnights; {@code /me} reports it. Default UTC. */
    public SandboxOptions timeZone(ZoneId timeZone) {
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        return this;
    }

    /** Calls allowed per window; the next one gets 429. Default {@value #DEFAULT_RATE_LIMIT}. */
    public SandboxOptions rateLimit(int callsPerWindow) {
        if (callsPerWindow < 1) {
            throw new IllegalArgumentException("rateLimit must be at least 1");
        }
        this.rateLimit = callsPerWindow;
        return this;
    }

    /** No practical limit: for benchmarks. Headers are still sent. */
    public SandboxOptions unlimited() {
        return rateLimit(Integer.MAX_VALUE);
    }

    /** Length of a rate-limit window in seconds of the sandbox clock. Default 10. */
    public SandboxOptions rateLimitWindowSeconds(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("rateLimitWindowSeconds must be at least 1");
        }
        this.rateLimitWindowSeconds = seconds;
        return this;
    }

    /** Seconds (sandbox clock) before a contact write shows in {@code /contacts/search}. Default 0. */
    public SandboxOptions contactIndexDelaySeconds(long seconds) {
        this.contactIndexDelaySeconds = nonNegative(seconds);
        return this;
    }

    /** Seconds (sandbox clock) before a conversation write shows in {@code /conversations/search}. Default 0. */
    public SandboxOptions conversationIndexDelaySeconds(long seconds) {
        this.conversationIndexDelaySeconds = nonNegative(seconds);
        return this;
    }

    /** Seconds (sandbox clock) before a ticket write shows in {@code /tickets/search}. Default 0. */
    public SandboxOptions ticketIndexDelaySeconds(long seconds) {
        this.ticketIndexDelaySeconds = nonNegative(seconds);
        return this;
    }

    /**
     * Makes each write wait a delay drawn (from this seed) between 0 and its resource's index delay, instead of the
     * whole delay, so objects become searchable out of order. Default: every write waits the whole delay.
     */
    public SandboxOptions indexDelayVaries(long seed) {
        this.indexDelaySeed = seed;
        return this;
    }

    /** The seed of varying index delays, or null when each write waits the whole delay. */
    public Long indexDelaySeed() {
        return indexDelaySeed;
    }

    /** Order of search results without {@code sort}. Default created_at ascending, then creation order. */
    public SandboxOptions searchOrder(SearchOrder searchOrder) {
        this.searchOrder = Objects.requireNonNull(searchOrder, "searchOrder");
        return this;
    }

    /**
     * Whether {@code >} and {@code <} include the boundary in conversation and ticket search, as Intercom documents
     * ("greater (or equal) than"). Default true; contact search is never inclusive.
     */
    public SandboxOptions inclusiveRangeOperators(boolean inclusive) {
        this.inclusiveRangeOperators = inclusive;
        return this;
    }

    /** Whether company lists and scrolls show companies with no contact attached (Intercom hides them). Default false. */
    public SandboxOptions listCompaniesWithoutContacts(boolean list) {
        this.listCompaniesWithoutContacts = list;
        return this;
    }

    /** The loopback port to listen on; 0 (the default) for a free one. */
    public SandboxOptions port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        this.port = port;
        return this;
    }

    public String accessToken() {
        return accessToken;
    }

    public SandboxClock clock() {
        return clock;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public int rateLimit() {
        return rateLimit;
    }

    public int rateLimitWindowSeconds() {
        return rateLimitWindowSeconds;
    }

    public long contactIndexDelaySeconds() {
        return contactIndexDelaySeconds;
    }

    public long conversationIndexDelaySeconds() {
        return conversationIndexDelaySeconds;
    }

    public long ticketIndexDelaySeconds() {
        return ticketIndexDelaySeconds;
    }

    public SearchOrder searchOrder() {
        return searchOrder;
    }

    public boolean inclusiveRangeOperators() {
        return inclusiveRangeOperators;
    }

    public boolean listCompaniesWithoutContacts() {
        return listCompaniesWithoutContacts;
    }

    public int port() {
        return port;
    }

    private static long nonNegative(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a delay is zero or more seconds, not " + seconds);
        }
        return seconds;
    }

    @Override
    public String toString() {
        // the token is left out on purpose
        return "SandboxOptions[port=" + (port == 0 ? "free" : port) + ", clock=" + clock + ", timeZone=" + timeZone
               + ", rateLimit=" + rateLimit + "/"
               + rateLimitWindowSeconds + "s, indexDelays(contact/conversation/ticket)=" + contactIndexDelaySeconds + "/"
               + conversationIndexDelaySeconds + "/" + ticketIndexDelaySeconds + "s, searchOrder=" + searchOrder
               + ", inclusiveRangeOperators=" + inclusiveRangeOperators + ", listCompaniesWithoutContacts="
               + listCompaniesWithoutContacts + "]";
    }
}
