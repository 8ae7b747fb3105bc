/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The governor's tickets on their way: counts after a ticket held or already removed, past the array's first size. */
class TicketsTest {

    @Test
    void countsTheTicketsAfterOneWhetherItIsHeldOrNot() {
        Tickets tickets = new Tickets();
        for (long t = 1; t <= 40; t++) {
            tickets.add(t);
        }
        assertEquals(40, tickets.size());
        assertEquals(30, tickets.countAfter(10));
        tickets.remove(10);
        tickets.remove(11);
        tickets.remove(99); // not held: nothing changes
        assertEquals(38, tickets.size());
        assertEquals(29, tickets.countAfter(10));
        assertEquals(29, tickets.countAfter(11));
        assertEquals(38, tickets.countAfter(0));
        assertEquals(0, tickets.countAfter(40));
        for (long t = 1; t <= 40; t++) {
            tickets.remove(t);
        }
        assertEquals(0, tickets.size());
        tickets.add(41);
        assertEquals(1, tickets.countAfter(40));
    }
}
