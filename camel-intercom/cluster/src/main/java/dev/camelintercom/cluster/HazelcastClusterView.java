/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.hazelcast.map.IMap;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace of {@link HazelcastClusterService}: tries the namespace's lock every {@code leaderCheckMillis}, on the
 * service's one thread (a map lock belongs to the thread that took it); the leader checks the same way that it still
 * holds it (a second, re-entrant take, given back at once).
 */
final class HazelcastClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastClusterView.class);

    private final HazelcastClusterService service;
    private final LocalMember localMember = new LocalMember();
    private volatile boolean leader;
    private ScheduledFuture<?> task;

    HazelcastClusterView(HazelcastClusterService service, String namespace) {
        super(service, namespace);
        this.service = service;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        return leader ? Optional.of(localMember) : Optional.empty();
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return localMember;
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        return List.of(localMember);
    }

    @Override
    protected void doStart() {
        long interval = service.cluster().leaderCheckMillis();
        task = service.executor().scheduleWithFixedDelay(this::check, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        if (task != null) {
            task.cancel(false);
        }
        service.executor().submit(this::resign).get(10, TimeUnit.SECONDS);
    }

    private IMap<String, String> leaders() {
        return service.cluster().instance().getMap(IntercomCluster.LEADERS_MAP);
    }

    private void check() {
        try {
            service.cluster().countOperation("leader");
            boolean holds = leaders().tryLock(getNamespace());
            if (holds && leader) {
                leaders().unlock(getNamespace()); // the check's own, re-entrant take
                return;
            }
            if (holds != leader) {
                leader = holds;
                LOG.info("{} the leadership of {}", holds ? "Took" : "Lost", getNamespace());
                fireLeadershipChangedEvent(getLeader());
            }
        } catch (RuntimeException e) {
            if (leader) {
                leader = false;
                LOG.warn("Lost the leadership of {}: {}", getNamespace(), e.toString());
                fireLeadershipChangedEvent(Optional.empty());
            }
        }
    }

    private void resign() {
        if (leader) {
            leader = false;
            fireLeadershipChangedEvent(Optional.empty());
            try {
                leaders().unlock(getNamespace());
            } catch (RuntimeException e) { // lost meanwhile, or the engine is gone: nothing to give back
                LOG.debug("Could not give back the lock of {}: {}", getNamespace(), e.toString());
            }
        }
    }

    private final class LocalMember implements CamelClusterMember {
        @Override
        public boolean isLeader() {
            return leader;
        }

        @Override
        public boolean isLocal() {
            return true;
        }

        @Override
        public String getId() {
            return service.getId() + "@" + service.cluster().getBindAddress() + ":" + service.cluster().getPort();
        }
    }
}
