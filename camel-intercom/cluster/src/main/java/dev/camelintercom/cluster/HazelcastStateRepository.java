/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The consumer's position on Hazelcast, for every pod: a map (with a backup on another member, so a pod that dies
 * takes no position with it) of state keys to the consumer's state. Each write is one request to the key's owner.
 */
final class HazelcastStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final IntercomCluster cluster;

    HazelcastStateRepository(IntercomCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public void setState(String key, String value) {
        cluster.countOperation("state");
        cluster.instance().<String, String> getMap(IntercomCluster.STATE_MAP).set(key, value);
    }

    @Override
    public String getState(String key) {
        cluster.countOperation("state");
        return cluster.instance().<String, String> getMap(IntercomCluster.STATE_MAP).get(key);
    }
}
