/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

/**
 * What {@code contact} {@code create} does when Intercom answers 409: a contact with that email or external_id
 * already exists.
 */
public enum IntercomConflictPolicy {
    /** Throw the 409 as an {@link IntercomApiException}. */
    fail,
    /** Return the existing contact, unchanged. */
    returnExisting,
    /** Update the existing contact with the fields of the create (an upsert). */
    update
}
