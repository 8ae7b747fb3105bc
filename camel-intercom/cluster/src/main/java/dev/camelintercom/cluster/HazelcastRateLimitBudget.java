/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import dev.camelintercom.component.api.SharedRateLimitBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace's rate-limit budget on Hazelcast: one map entry per workspace holds its newest window and the calls
 * leased of it so far, and each lease is one {@link LeaseSlice} run on the entry's owner (one request, whatever the
 * slice). Slices shrink
 * as the window fills (a share of what is left for each member), so the pods at full speed use the window to its last
 * call and a pod that stops holds back little.
 * <p>
 * When the engine fails, or this member finds itself alone after it saw others (cut off from them, or they all
 * died), it counts on its own: a share of each window, the budget divided by the most members it saw, so that pods cut
 * off from each other do not together exceed the limit. It leases from the engine again as soon as the engine
 * answers and it sees another member.
 */
final class HazelcastRateLimitBudget implements SharedRateLimitBudget {

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastRateLimitBudget.class);

    private final IntercomCluster cluster;
    private final LocalShare local = new LocalShare();
    private volatile int mostMembersSeen = 1;
    private volatile boolean onOwn;

    HazelcastRateLimitBudget(IntercomCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public int lease(String workspace, long windowReset, int budget, int carried) {
        int members;
        try {
            members = cluster.memberCount();
            mostMembersSeen = Math.max(mostMembersSeen, members);
            if (members > 1 || mostMembersSeen == 1) {
                cluster.countOperation("budget");
                int granted = cluster.instance().<String, long[]> getMap(IntercomCluster.BUDGET_MAP)
                        .executeOnKey(workspace, new LeaseSlice(windowReset, budget, carried, members));
                onTheEngine();
                return granted;
            }
        } catch (RuntimeException e) {
            onOwn("the engine failed: " + e.getClass().getSimpleName());
            return local.lease(windowReset, budget / mostMembersSeen, carried);
        }
        onOwn("this member is alone, after it saw " + mostMembersSeen);
        return local.lease(windowReset, budget / mostMembersSeen, carried);
    }

    private void onOwn(String why) {
        if (!onOwn) {
            onOwn = true;
            LOG.warn("Intercom rate limit: counting on this pod's own share (1/{} of each window): {}", mostMembersSeen, why);
        }
    }

    private void onTheEngine() {
        if (onOwn) {
            onOwn = false;
            LOG.info("Intercom rate limit: leasing from the shared budget again");
        }
    }

    /** The share of a window this pod takes on its own, counted here. */
    private static final class LocalShare {
        private long window;
        private int taken;

        synchronized int lease(long windowReset, int share, int carried) {
            if (windowReset == 0) {
                return 1; // the pod's first call, before any window is known
            }
            if (windowReset != window) {
                window = windowReset;
                taken = Math.min(share, carried);
            }
            int granted = Math.max(0, share - taken);
            taken += granted;
            return granted;
        }
    }
}
