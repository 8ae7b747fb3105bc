/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

/**
 * A failed call to Intercom that says whether Camel's error handler may send it again.
 */
public interface IntercomFailure {

    /**
     * Whether redelivering the message is harmless and may succeed: the failure is passing (rate limit, server
     * error, network) and either Intercom cannot have acted on the request, or acting on it twice changes nothing
     * (reads, updates, deletes, upserts). False for creates of conversations, notes, messages, replies and tickets
     * once the request may have reached Intercom, and for errors a retry cannot fix.
     */
    boolean isRetrySafe();
}
