/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A conversation (also the items of conversation lists and searches).
 */
public class Conversation extends AssignableObject {

    @JsonProperty("title")
    private String title;
    @JsonProperty("state")
    private String state;
    @JsonProperty("read")
    private Boolean read;
    @JsonProperty("priority")
    private String priority;
    @JsonProperty("waiting_since")
    @IntercomTimestamp
    private Instant waitingSince;
    @JsonProperty("source")
    private Map<String, Object> source;
    @JsonProperty("custom_attributes")
    private Map<String, Object> customAttributes;
    @JsonProperty("conversation_parts")
    private Map<String, Object> conversationParts;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Boolean getRead() {
        return read;
    }

    public void setRead(Boolean read) {
        this.read = read;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public void setWaitingSince(Instant waitingSince) {
        this.waitingSince = waitingSince;
    }

    public Map<String, Object> getSource() {
        return source;
    }

    public void setSource(Map<String, Object> source) {
        this.source = source;
    }

    public Map<String, Object> getCustomAttributes() {
        return customAttributes;
    }

    public void setCustomAttributes(Map<String, Object> customAttributes) {
        this.customAttributes = customAttributes;
    }

    public Map<String, Object> getConversationParts() {
        return conversationParts;
    }

    public void setConversationParts(Map<String, Object> conversationParts) {
        this.conversationParts = conversationParts;
    }
}
