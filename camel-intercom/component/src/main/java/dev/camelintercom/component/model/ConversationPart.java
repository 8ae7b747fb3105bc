/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A part of a conversation or a ticket: a reply, a note, a state change.
 */
public class ConversationPart extends TimestampedObject {

    @JsonProperty("part_type")
    private String partType;
    @JsonProperty("body")
    private String body;
    @JsonProperty("author")
    private Map<String, Object> author;
    @JsonProperty("redacted")
    private Boolean redacted;

    public String getPartType() {
        return partType;
    }

    public void setPartType(String partType) {
        this.partType = partType;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Map<String, Object> getAuthor() {
        return author;
    }

    public void setAuthor(Map<String, Object> author) {
        this.author = author;
    }

    public Boolean getRedacted() {
        return redacted;
    }

    public void setRedacted(Boolean redacted) {
        this.redacted = redacted;
    }
}
