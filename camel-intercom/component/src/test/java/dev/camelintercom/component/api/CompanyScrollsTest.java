/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.concurrent.atomic.AtomicLong;

import dev.camelintercom.component.IntercomInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One open company scroll per workspace: a second first page fails while one is open, and works once the first
 * ended, failed, or lay idle for Intercom's minute; other workspaces and other paths are not affected.
 */
class CompanyScrollsTest {

    private static final OperationDefinition SCROLL = IntercomOperations.row("company", "scroll");

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final CompanyScrolls scrolls = new CompanyScrolls(now::get);

    @Test
    void aSecondScrollOfTheSameWorkspaceFailsWhileTheFirstIsOpen() {
        scrolls.beforeRequest("w1", firstPage());
        scrolls.afterResponse("w1", firstPage(), false);
        IntercomInputException e = assertThrows(IntercomInputException.class, () -> scrolls.beforeRequest("w1", firstPage()));
        assertEquals("company.scroll", e.getOperation());
        assertDoesNotThrow(() -> scrolls.beforeRequest("w2", firstPage()));
        assertDoesNotThrow(() -> scrolls.beforeRequest("w1", nextPage()));
        assertDoesNotThrow(() -> scrolls.beforeRequest("w1", IntercomOperations.find("company", "find").get(0).request(null)));
    }

    @Test
    void anEmptyPageOrAnErrorEndsTheScroll() {
        scrolls.beforeRequest("w1", firstPage());
        scrolls.afterResponse("w1", nextPage(), true);
        assertDoesNotThrow(() -> scrolls.beforeRequest("w1", firstPage()));
    }

    @Test
    void anAbandonedScrollExpiresAMinuteAfterItsLastPage() {
        scrolls.beforeRequest("w1", firstPage());
        now.addAndGet(50_000);
        scrolls.beforeRequest("w1", nextPage());
        now.addAndGet(CompanyScrolls.IDLE_EXPIRY_MILLIS - 1);
        assertThrows(IntercomInputException.class, () -> scrolls.beforeRequest("w1", firstPage()));
        now.addAndGet(1);
        assertDoesNotThrow(() -> scrolls.beforeRequest("w1", firstPage()));
    }

    private static IntercomRequest firstPage() {
        return SCROLL.request(null);
    }

    private static IntercomRequest nextPage() {
        IntercomRequest request = SCROLL.request(null);
        SCROLL.paging().apply(request, null, "abc");
        return request;
    }
}
