/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import dev.camelintercom.component.model.IntercomObject;

/**
 * An object a poll found, with the timestamp that orders it (created_at, or updated_at when updates are emitted).
 */
record Candidate(IntercomObject object, long timestamp, long createdAt, Long updatedAt) implements Comparable<Candidate> {

    /** Identifies this state of the object: an update of the same object has another key. */
    String key() {
        return object.getId() + "@" + timestamp;
    }

    @Override
    public int compareTo(Candidate other) {
        int byTime = Long.compare(timestamp, other.timestamp);
        return byTime != 0 ? byTime : object.getId().compareTo(other.object.getId());
    }
}
