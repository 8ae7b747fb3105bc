/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What conversations and tickets have in common: open or not, the admin and team assigned, the snooze time and the
 * contacts.
 */
public class AssignableObject extends TimestampedObject {

    @JsonProperty("open")
    private Boolean open;
    @JsonProperty("admin_assignee_id")
    private String adminAssigneeId;
    @JsonProperty("team_assignee_id")
    private String teamAssigneeId;
    @JsonProperty("snoozed_until")
    @IntercomTimestamp
    private Instant snoozedUntil;
    @JsonProperty("contacts")
    private Map<String, Object> contacts;

    public Boolean getOpen() {
        return open;
    }

    public void setOpen(Boolean open) {
        this.open = open;
    }

    public String getAdminAssigneeId() {
        return adminAssigneeId;
    }

    public void setAdminAssigneeId(String adminAssigneeId) {
        this.adminAssigneeId = adminAssigneeId;
    }

    public String getTeamAssigneeId() {
        return teamAssigneeId;
    }

    public void setTeamAssigneeId(String teamAssigneeId) {
        this.teamAssigneeId = teamAssigneeId;
    }

    public Instant getSnoozedUntil() {
        return snoozedUntil;
    }

    public void setSnoozedUntil(Instant snoozedUntil) {
        this.snoozedUntil = snoozedUntil;
    }

    public Map<String, Object> getContacts() {
        return contacts;
    }

    public void setContacts(Map<String, Object> contacts) {
        this.contacts = contacts;
    }
}
