/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An object with Intercom's creation and update times, read from Unix seconds or ISO 8601 text (see {@link IntercomTimestamp}).
 */
public class TimestampedObject extends IntercomObject {

    @JsonProperty("created_at")
    @IntercomTimestamp
    private Instant createdAt;
    @JsonProperty("updated_at")
    @IntercomTimestamp
    private Instant updatedAt;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
