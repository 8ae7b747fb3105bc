/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

/**
 * When a webhook notification is answered.
 */
public enum WebhookAcknowledge {
    /** As soon as it is verified, new, and queued for the route: a crash loses what is queued. */
    received,
    /** After the route processed it: a failure answers 500, and Intercom delivers it once more a minute later. */
    processed
}
