/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import dev.camelintercom.component.model.IntercomObject;

/**
 * A verified webhook notification: its envelope, and the object it carries as the model class the producer and the
 * polling consumer give for that type. The item is null for {@code ping}.
 */
record Notification(String id, String topic, String appId, Integer deliveryAttempts, Long firstSentAt,
        IntercomObject item) {

    boolean isPing() {
        return WebhookTopics.PING.equals(topic);
    }
}
