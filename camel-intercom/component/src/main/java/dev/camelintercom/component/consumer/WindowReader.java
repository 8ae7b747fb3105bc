/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import dev.camelintercom.component.IntercomApiException;

/**
 * Reads the objects of a resource from a point in time on.
 */
interface WindowReader {

    /**
     * The objects whose timestamp is at or after {@code since} and that are not {@code known}, oldest first: the
     * oldest {@code limit} of them, and complete for every second the result reaches (no such object of such a second
     * that Intercom can find is left out).
     */
    List<Candidate> read(long since, int limit, Predicate<Candidate> known) throws IOException, IntercomApiException;
}
