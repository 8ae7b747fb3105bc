/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

/**
 * A workspace's rate-limit budget shared by several processes (pods) that call Intercom with the same token: each
 * process leases slices of a window's calls from it, so that together they stay inside Intercom's limit. Bound in the
 * Camel registry (one bean of this type), it is given to the token's {@link RateLimitGovernor}, which asks for a lease
 * when the slice it holds is spent; without one the governor counts for its process alone, as always. The module
 * {@code camel-intercom-cluster} implements it on Hazelcast.
 * <p>
 * An implementation that cannot reach its peers must still answer, with a smaller share of the window counted on its
 * own, rather than fail or hand out the whole window.
 */
public interface SharedRateLimitBudget {

    /**
     * Leases calls of one window of a workspace's budget to this process.
     *
     * @param  workspace   the workspace and token, as a hash ({@link RateLimitGovernors#workspaceKey}), never the token
     * @param  windowReset when the window ends, in epoch milliseconds, as Intercom's {@code X-RateLimit-Reset} tells
     *                     it: the same for every process, so it names the window. 0 when this process does not know it
     *                     yet (it has had no answer): then one call is asked for, to count in the newest window any
     *                     process leased from, if that one has a call left
     * @param  budget      the calls the window allows in all (Intercom's limit less the reserve, or the cap); 0 with
     *                     {@code windowReset} 0
     * @param  carried     calls of this process that Intercom may count in this window though they were leased in the
     *                     one before (sent late in it, or unanswered when it ended): counted first, whatever is left
     *                     (given once, on the process's first lease of a window; 0 after)
     * @return             the calls leased, beyond the carried ones: 0 when the window is spent
     */
    int lease(String workspace, long windowReset, int budget, int carried);
}
