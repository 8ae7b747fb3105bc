/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A tag.
 */
public class Tag extends IntercomObject {

    @JsonProperty("name")
    private String name;
    @JsonProperty("applied_at")
    @IntercomTimestamp
    private Instant appliedAt;
    @JsonProperty("applied_by")
    private Map<String, Object> appliedBy;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public void setAppliedAt(Instant appliedAt) {
        this.appliedAt = appliedAt;
    }

    public Map<String, Object> getAppliedBy() {
        return appliedBy;
    }

    public void setAppliedBy(Map<String, Object> appliedBy) {
        this.appliedBy = appliedBy;
    }
}
