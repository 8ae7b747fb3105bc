/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Remembers what was routed, in an {@link IdempotentRepository}, under keys shared by the webhook and the
 * reconciliation poll: {@code intercom/notification/<id>} for each notification, and
 * {@code intercom/<type>/<id>} for each new object that either of them routed. A claim that fails means "already
 * routed"; a route that fails releases its claims, so the object can come again.
 */
final class DeliveryLedger {

    private final IdempotentRepository repository;

    DeliveryLedger(IdempotentRepository repository) {
        this.repository = repository;
    }

    IdempotentRepository repository() {
        return repository;
    }

    static String notificationKey(String notificationId) {
        return "intercom/notification/" + notificationId;
    }

    static String objectKey(String type, String id) {
        return "intercom/" + type + "/" + id;
    }

    /**
     * Claims every key, or none: the claims taken, or null when one of the keys was claimed before (and the ones
     * taken here are released).
     */
    List<String> claim(String... keys) {
        List<String> claimed = new ArrayList<>(keys.length);
        for (String key : keys) {
            if (!repository.add(key)) {
                release(claimed);
                return null;
            }
            claimed.add(key);
        }
        return claimed;
    }

    void settle(List<String> claimed, boolean routed) {
        if (routed) {
            claimed.forEach(repository::confirm);
        } else {
            release(claimed);
        }
    }

    private void release(List<String> claimed) {
        claimed.forEach(repository::remove);
    }
}
