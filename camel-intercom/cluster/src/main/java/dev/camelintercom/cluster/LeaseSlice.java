/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.util.Map;

import com.hazelcast.map.EntryProcessor;

/**
 * Leases a slice of a window's calls, on the member that owns the workspace's entry. The entry is the newest window
 * any pod leased from, as {@code {window end, calls leased, budget}}: a lease for a newer window starts it afresh, one
 * for an older window (a pod that has not yet seen the newer one) gets nothing, one with window 0 (a pod's first call)
 * takes one call of the newest window if it has one left. A slice is the carried calls first, then half of what is
 * left divided by the members (at least one call), never more than is left.
 */
final class LeaseSlice implements EntryProcessor<String, long[], Integer> {

    private static final long serialVersionUID = 1L;

    private final long window;
    private final int budget;
    private final int carried;
    private final int members;

    LeaseSlice(long window, int budget, int carried, int members) {
        this.window = window;
        this.budget = budget;
        this.carried = carried;
        this.members = members;
    }

    @Override
    public Integer process(Map.Entry<String, long[]> entry) {
        long[] newest = entry.getValue();
        if (window == 0) {
            if (newest != null && newest[1] >= newest[2]) {
                return 0;
            }
            if (newest != null) {
                entry.setValue(new long[] { newest[0], newest[1] + 1, newest[2] });
            }
            return 1;
        }
        if (newest != null && newest[0] > window) {
            return 0;
        }
        long leased = newest == null || newest[0] < window ? 0 : newest[1];
        leased = Math.min(budget, leased + carried);
        long left = budget - leased;
        int slice = (int) Math.min(left, Math.max(1, left / (2L * Math.max(1, members))));
        entry.setValue(new long[] { window, leased + slice, budget });
        return slice;
    }
}
