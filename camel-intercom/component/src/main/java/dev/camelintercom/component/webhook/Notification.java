/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A verified webhook notification: its envelope, and {@code data.item} as sent, converted only once the endpoint knows
 * it routes the topic. The id is null for Intercom's {@code ping} (and for any notification sent without one).
 */
record Notification(String id, String topic, String appId, Integer deliveryAttempts, Long firstSentAt, JsonNode item) {

    boolean isPing() {
        return WebhookTopics.PING.equals(topic);
    }
}
