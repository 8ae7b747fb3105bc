/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A data event summary of a contact: an event name with its count and first and last occurrence.
 */
public class DataEvent extends IntercomObject {

    @JsonProperty("name")
    private String name;
    @JsonProperty("first")
    @IntercomTimestamp
    private Instant first;
    @JsonProperty("last")
    @IntercomTimestamp
    private Instant last;
    @JsonProperty("count")
    private Integer count;
    @JsonProperty("description")
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Instant getFirst() {
        return first;
    }

    public void setFirst(Instant first) {
        this.first = first;
    }

    public Instant getLast() {
        return last;
    }

    public void setLast(Instant last) {
        this.last = last;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
