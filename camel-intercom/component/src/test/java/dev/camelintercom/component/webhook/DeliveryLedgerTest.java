/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.List;
import java.util.Set;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The keys the webhook and the reconciliation poll share: whichever claims a new object first routes it; the late
 * one takes nothing, not even its notification's id, so nothing it half-claimed stays behind.
 */
class DeliveryLedgerTest {

    private final MemoryIdempotentRepository repository =
            (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(100);
    private final DeliveryLedger ledger = new DeliveryLedger(repository);

    @Test
    void aNotificationOfAnObjectThePollRoutedFirstClaimsNothing() {
        String object = DeliveryLedger.objectKey("conversation", "7");
        String notification = DeliveryLedger.notificationKey("notif_7");
        ledger.settle(ledger.claim(object), true);

        assertNull(ledger.claim(notification, object));
        assertEquals(Set.of(object), repository.getCache().keySet());
    }

    @Test
    void aFailedRouteReleasesItsClaimsSoTheObjectCanComeAgain() {
        String object = DeliveryLedger.objectKey("conversation", "8");
        String notification = DeliveryLedger.notificationKey("notif_8");
        List<String> claimed = ledger.claim(notification, object);
        ledger.settle(claimed, false);

        assertEquals(Set.of(), repository.getCache().keySet());
        assertEquals(List.of(notification, object), ledger.claim(notification, object));
    }
}
