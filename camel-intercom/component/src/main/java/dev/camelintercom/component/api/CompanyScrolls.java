/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import dev.camelintercom.component.IntercomInputException;

/**
 * Intercom allows one open company scroll per workspace; a second one fails with 400 {@code scroll_exists}, and an
 * abandoned one expires after a minute without use. This keeps the same rule in the JVM, so that two routes (or a
 * route and the company consumer) never open two scrolls at once: a first page opens the workspace's scroll, each
 * next page keeps it alive, an empty page closes it.
 */
final class CompanyScrolls {

    private static final OperationDefinition SCROLL = IntercomOperations.row("company", "scroll");
    static final long IDLE_EXPIRY_MILLIS = 60_000;

    private final Map<String, Long> lastUse = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    CompanyScrolls(LongSupplier clock) {
        this.clock = clock;
    }

    /** Before a scroll request: a first page needs the workspace's scroll to be free (or expired). */
    void beforeRequest(String workspace, IntercomRequest request) {
        if (!isScroll(request)) {
            return;
        }
        long now = clock.getAsLong();
        boolean nextPage = request.query().containsKey(Paging.SCROLL_PARAM);
        lastUse.compute(workspace, (key, previous) -> {
            if (!nextPage && previous != null && now - previous < IDLE_EXPIRY_MILLIS) {
                throw busy();
            }
            return now;
        });
    }

    /** After a scroll response: an empty page, or an error (Intercom then needs a new scroll), ends the scroll. */
    void afterResponse(String workspace, IntercomRequest request, boolean endOfScroll) {
        if (isScroll(request) && endOfScroll) {
            lastUse.remove(workspace);
        }
    }

    /** A request of the scroll row, from the table or sent by hand through {@code request}. */
    static boolean isScroll(IntercomRequest request) {
        return SCROLL.method().equals(request.method()) && SCROLL.pathTemplate().equals(request.path());
    }

    private static IntercomInputException busy() {
        return new IntercomInputException(SCROLL.fullName(), Paging.SCROLL_PARAM,
                "a company scroll of this workspace is already open in this JVM, and Intercom allows one at a time: "
                + "finish it (read until an empty page), or start the new one a minute after the last page was read");
    }
}
