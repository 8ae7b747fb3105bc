/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

/**
 * A delivery that is answered with an error status and not routed. The reason names what is wrong, never the body
 * or the secret.
 */
final class WebhookRefusal extends Exception {

    private final int status;

    WebhookRefusal(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
