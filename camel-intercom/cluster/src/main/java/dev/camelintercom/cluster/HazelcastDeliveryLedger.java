/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import org.apache.camel.processor.idempotent.hazelcast.HazelcastIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The webhook's delivery ledger for every pod: camel-hazelcast's {@link HazelcastIdempotentRepository} on the
 * cluster's member, made when first used (the member starts after the routes are read), with the claims expiring
 * after the cluster's {@code deliveryTtlSeconds}.
 */
final class HazelcastDeliveryLedger extends ServiceSupport implements IdempotentRepository {

    private final IntercomCluster cluster;
    private volatile HazelcastIdempotentRepository repository;

    HazelcastDeliveryLedger(IntercomCluster cluster) {
        this.cluster = cluster;
    }

    private IdempotentRepository repository() {
        cluster.countOperation("deliveries");
        HazelcastIdempotentRepository made = repository;
        if (made == null) {
            synchronized (this) {
                if (repository == null) {
                    HazelcastIdempotentRepository starting
                            = new HazelcastIdempotentRepository(cluster.instance(), IntercomCluster.DELIVERIES_MAP);
                    starting.start();
                    repository = starting;
                }
                made = repository;
            }
        }
        return made;
    }

    @Override
    public boolean add(String key) {
        return repository().add(key);
    }

    @Override
    public boolean contains(String key) {
        return repository().contains(key);
    }

    @Override
    public boolean remove(String key) {
        return repository().remove(key);
    }

    @Override
    public boolean confirm(String key) {
        return repository().confirm(key);
    }

    @Override
    public void clear() {
        repository().clear();
    }

    @Override
    protected void doStop() {
        HazelcastIdempotentRepository made = repository;
        if (made != null) {
            made.stop();
        }
    }
}
