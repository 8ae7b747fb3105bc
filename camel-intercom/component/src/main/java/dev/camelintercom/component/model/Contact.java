/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A contact: a user or a lead.
 */
public class Contact extends TimestampedObject {

    @JsonProperty("role")
    private String role;
    @JsonProperty("external_id")
    private String externalId;
    @JsonProperty("email")
    private String email;
    @JsonProperty("phone")
    private String phone;
    @JsonProperty("name")
    private String name;
    @JsonProperty("owner_id")
    private String ownerId;
    @JsonProperty("unsubscribed_from_emails")
    private Boolean unsubscribedFromEmails;
    @JsonProperty("signed_up_at")
    @IntercomTimestamp
    private Instant signedUpAt;
    @JsonProperty("last_seen_at")
    @IntercomTimestamp
    private Instant lastSeenAt;
    @JsonProperty("workspace_id")
    private String workspaceId;
    @JsonProperty("custom_attributes")
    private Map<String, Object> customAttributes;

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public Boolean getUnsubscribedFromEmails() {
        return unsubscribedFromEmails;
    }

    public void setUnsubscribedFromEmails(Boolean unsubscribedFromEmails) {
        this.unsubscribedFromEmails = unsubscribedFromEmails;
    }

    public Instant getSignedUpAt() {
        return signedUpAt;
    }

    public void setSignedUpAt(Instant signedUpAt) {
        this.signedUpAt = signedUpAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public void setLastSeenAt(Instant lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public Map<String, Object> getCustomAttributes() {
        return customAttributes;
    }

    public void setCustomAttributes(Map<String, Object> customAttributes) {
        this.customAttributes = customAttributes;
    }
}
