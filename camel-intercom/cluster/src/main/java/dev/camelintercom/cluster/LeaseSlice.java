/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.util.Map;

import com.hazelcast.map.EntryProcessor;

/**
 * Leases a slice of a window's calls, on the member that owns the window's entry: the carried calls first, then half
 * of what is left divided by the members (at least one call), never more than is left. The entry is the calls leased
 * so far; it expires with the map's time to live.
 */
final class LeaseSlice implements EntryProcessor<String, Integer, Integer> {

    private static final long serialVersionUID = 1L;

    private final int budget;
    private final int carried;
    private final int members;

    LeaseSlice(int budget, int carried, int members) {
        this.budget = budget;
        this.carried = carried;
        this.members = members;
    }

    @Override
    public Integer process(Map.Entry<String, Integer> entry) {
        int leased = entry.getValue() == null ? 0 : entry.getValue();
        leased = Math.min(budget, leased + carried);
        int left = budget - leased;
        int slice = Math.min(left, Math.max(1, left / (2 * Math.max(1, members))));
        entry.setValue(leased + slice);
        return slice;
    }
}
