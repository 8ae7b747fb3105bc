/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.support.cluster.AbstractCamelClusterService;

/**
 * Camel's cluster service on Hazelcast, for {@code master:}: a namespace's leader is the member that holds the lock of
 * the namespace's key in a map. Hazelcast releases the locks of a member it takes for dead (after the cluster's
 * {@code memberTimeoutSeconds}), and another member's next try takes it. camel-hazelcast has no cluster service, only a
 * route policy, which {@code master:} cannot use.
 */
final class HazelcastClusterService extends AbstractCamelClusterService<HazelcastClusterView> {

    private final IntercomCluster cluster;
    private ScheduledExecutorService executor;

    HazelcastClusterService(IntercomCluster cluster) {
        super("intercom-hazelcast");
        this.cluster = cluster;
    }

    IntercomCluster cluster() {
        return cluster;
    }

    synchronized ScheduledExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "intercom-cluster-leader");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executor;
    }

    @Override
    protected HazelcastClusterView createView(String namespace) {
        return new HazelcastClusterView(this, namespace);
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        synchronized (this) {
            if (executor != null) {
                executor.shutdownNow();
                executor = null;
            }
        }
    }
}
