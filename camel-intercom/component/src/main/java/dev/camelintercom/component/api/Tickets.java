/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Arrays;

/**
 * The tickets of the calls still on their way, for {@link RateLimitGovernor}: tickets are handed out in ascending
 * order, so they are kept in a sorted array that only grows at its end. Adding, removing and counting the tickets after
 * one allocate nothing once the array fits the calls in flight, and cost a binary search plus a shift of those in
 * flight (a few dozen at most). Not thread-safe: the governor's monitor guards it.
 */
final class Tickets {

    private long[] tickets = new long[16];
    private int size;

    /** Adds a ticket greater than every one held. */
    void add(long ticket) {
        if (size == tickets.length) {
            tickets = Arrays.copyOf(tickets, size * 2);
        }
        tickets[size++] = ticket;
    }

    void remove(long ticket) {
        int index = Arrays.binarySearch(tickets, 0, size, ticket);
        if (index >= 0) {
            System.arraycopy(tickets, index + 1, tickets, index, size - index - 1);
            size--;
        }
    }

    int size() {
        return size;
    }

    /** How many of the tickets held are greater than this one. */
    int countAfter(long ticket) {
        int index = Arrays.binarySearch(tickets, 0, size, ticket);
        int firstAfter = index >= 0 ? index + 1 : -index - 1;
        return size - firstAfter;
    }
}
