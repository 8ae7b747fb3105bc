/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

/** The kinds of object a sandbox workspace holds; the label names them in "... Not Found" errors. */
enum Kind {
    CONTACT("User"),
    COMPANY("Company"),
    CONVERSATION("Conversation"),
    TICKET("Ticket"),
    TICKET_TYPE("Ticket Type"),
    NOTE("Note"),
    TAG("Tag"),
    ADMIN("Admin"),
    TEAM("Team"),
    SEGMENT("Segment"),
    SUBSCRIPTION_TYPE("Subscription Type");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
