/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.time.Duration;

import dev.camelintercom.sandbox.SandboxFault;

/**
 * The faults of {@link FaultMatrixTest}: how the sandbox fails one attempt, and what the error handler of the route
 * must make of it.
 */
enum FaultKind {

    RESET_BEFORE("connection reset before processing", SandboxFault.connectionReset(), Family.TRANSPORT, 0),
    RESET_AFTER("connection reset after processing", SandboxFault.connectionReset().afterProcessing(), Family.TRANSPORT, 0),
    /** The sandbox answers after 2 s, twice the route's {@code responseTimeout}. */
    LATE("answer later than responseTimeout", SandboxFault.delay(Duration.ofSeconds(2)), Family.TRANSPORT, 0),
    MALFORMED_JSON("200 with malformed JSON, after processing", SandboxFault.malformedJson().afterProcessing(),
            Family.TRANSPORT, 0),
    EMPTY_BODY("200 with an empty body, after processing", SandboxFault.emptyBody().afterProcessing(), Family.TRANSPORT, 0),
    HTML_PAGE("502 HTML error page of a proxy", SandboxFault.htmlPage(502), Family.SERVER_ERROR, 502),
    STATUS_500("500 server_error", SandboxFault.status(500), Family.SERVER_ERROR, 500),
    STATUS_502("502 service_unavailable", SandboxFault.status(502), Family.SERVER_ERROR, 502),
    STATUS_503("503 service_unavailable", SandboxFault.status(503), Family.SERVER_ERROR, 503),
    STATUS_504("504 request_timeout", SandboxFault.status(504), Family.SERVER_ERROR, 504),
    RATE_LIMITED("429 with X-RateLimit headers (reset within 1 s)", SandboxFault.rateLimited(), Family.RATE_LIMIT, 429),
    RATE_LIMITED_BARE("429 without X-RateLimit headers", SandboxFault.status(429), Family.RATE_LIMIT, 429),
    TOKEN_REVOKED("401 token_revoked (token revoked mid-run)", SandboxFault.status(401, "token_revoked"), Family.REJECTED,
            401);

    /** How the component reports a fault, and so whether a retry may help. */
    enum Family {
        /** No (complete) answer: the request may have arrived. */
        TRANSPORT,
        /** 5xx: Intercom, or something before it, failed; it may have acted. */
        SERVER_ERROR,
        /** 429: turned away before acting. */
        RATE_LIMIT,
        /** The request itself is refused: a retry fails the same way. */
        REJECTED
    }

    private final String label;
    private final SandboxFault fault;
    private final Family family;
    private final int status;

    FaultKind(String label, SandboxFault fault, Family family, int status) {
        this.label = label;
        this.fault = fault;
        this.family = family;
        this.status = status;
    }

    String label() {
        return label;
    }

    SandboxFault fault() {
        return fault;
    }

    Family family() {
        return family;
    }

    /** The HTTP status of the {@link IntercomApiException} the route must see; 0 for a transport exception. */
    int status() {
        return status;
    }

    /** Whether the sandbox applies the request before failing it (the object exists afterwards). */
    boolean processes() {
        return fault.processesRequest();
    }

    /** Whether the documented error handler sends the message again after this fault. */
    boolean retried(boolean operationRetrySafe) {
        return family == Family.RATE_LIMIT || family != Family.REJECTED && operationRetrySafe;
    }
}
