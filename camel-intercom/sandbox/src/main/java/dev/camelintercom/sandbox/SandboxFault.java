/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Duration;

/**
 * A failure the sandbox answers a request with, queued by {@link SandboxFaults#nextRequests}. By default the fault
 * takes the place of the request: the workspace is not touched. {@link #afterProcessing()} processes the request
 * first and then fails, as when a connection drops after Intercom committed the change: the object exists, the client
 * saw an error. A {@link #delay} always processes the request and answers it late.
 */
public final class SandboxFault {

    enum Kind { CONNECTION_RESET, STATUS, RATE_LIMITED, HTML_PAGE, MALFORMED_JSON, EMPTY_BODY, DELAY }

    private final Kind kind;
    private final int status;
    private final String code;
    private final long delayMillis;
    private final boolean afterProcessing;

    private SandboxFault(Kind kind, int status, String code, long delayMillis, boolean afterProcessing) {
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.delayMillis = delayMillis;
        this.afterProcessing = afterProcessing;
    }

    /** The connection is reset by the server (WireMock's {@code CONNECTION_RESET_BY_PEER}); no response at all. */
    public static SandboxFault connectionReset() {
        return new SandboxFault(Kind.CONNECTION_RESET, 0, null, 0, false);
    }

    /** An error status with an {@code error.list} body whose code suits it (503: service_unavailable ...). */
    public static SandboxFault status(int status) {
        return status(status, defaultCode(status));
    }

    /** An error status with an {@code error.list} body carrying this code. */
    public static SandboxFault status(int status, String code) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is 4xx or 5xx, not " + status);
        }
        return new SandboxFault(Kind.STATUS, status, code, 0, false);
    }

    /**
     * 429 {@code rate_limit_exceeded} as Intercom answers it when the window's budget is spent: with
     * {@code X-RateLimit-Limit} (the sandbox's limit), {@code X-RateLimit-Remaining: 0} and {@code X-RateLimit-Reset}
     * (the end of the current window). {@link #status(int) status(429)} is the same without those headers, as a
     * proxy in between would answer.
     */
    public static SandboxFault rateLimited() {
        return new SandboxFault(Kind.RATE_LIMITED, 429, "rate_limit_exceeded", 0, false);
    }

    /** An HTML error page with this status, as a proxy or load balancer in front of the API answers: no JSON at all. */
    public static SandboxFault htmlPage(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error page has a status of 4xx or 5xx, not " + status);
        }
        return new SandboxFault(Kind.HTML_PAGE, status, null, 0, false);
    }

    /** 200 with a body cut short: not parseable JSON. */
    public static SandboxFault malformedJson() {
        return new SandboxFault(Kind.MALFORMED_JSON, 200, null, 0, false);
    }

    /** 200 with an empty body (no content at all, though JSON is declared). */
    public static SandboxFault emptyBody() {
        return new SandboxFault(Kind.EMPTY_BODY, 200, null, 0, false);
    }

    /** The real response, sent after a delay. */
    public static SandboxFault delay(Duration delay) {
        return new SandboxFault(Kind.DELAY, 0, null, delay.toMillis(), true);
    }

    /** The same fault, after the request was processed (the workspace changed as if it had succeeded). */
    public SandboxFault afterProcessing() {
        return new SandboxFault(kind, status, code, delayMillis, true);
    }

    /** Whether the request is applied to the workspace before the fault. */
    public boolean processesRequest() {
        return afterProcessing;
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    long delayMillis() {
        return delayMillis;
    }

    private static String defaultCode(int status) {
        return switch (status) {
            case 408, 504 -> "request_timeout";
            case 429 -> "rate_limit_exceeded";
            case 502, 503 -> "service_unavailable";
            default -> status >= 500 ? "server_error" : "bad_request";
        };
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case CONNECTION_RESET -> "connection reset";
            case STATUS -> "status " + status + " " + code;
            case RATE_LIMITED -> "status 429 rate_limit_exceeded with rate-limit headers";
            case HTML_PAGE -> "HTML page " + status;
            case MALFORMED_JSON -> "malformed JSON";
            case EMPTY_BODY -> "empty body";
            case DELAY -> "delay " + delayMillis + " ms";
        };
        return what + (kind != Kind.DELAY && afterProcessing ? " after processing" : "");
    }
}
