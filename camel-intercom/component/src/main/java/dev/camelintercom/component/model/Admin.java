/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An admin (teammate) of the workspace; for `admin` `me` it includes the workspace as `app`.
 */
public class Admin extends IntercomObject {

    @JsonProperty("name")
    private String name;
    @JsonProperty("email")
    private String email;
    @JsonProperty("job_title")
    private String jobTitle;
    @JsonProperty("away_mode_enabled")
    private Boolean awayModeEnabled;
    @JsonProperty("away_mode_reassign")
    private Boolean awayModeReassign;
    @JsonProperty("has_inbox_seat")
    private Boolean hasInboxSeat;
    @JsonProperty("team_ids")
    private List<Object> teamIds;
    @JsonProperty("app")
    private Map<String, Object> app;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Boolean getAwayModeEnabled() {
        return awayModeEnabled;
    }

    public void setAwayModeEnabled(Boolean awayModeEnabled) {
        this.awayModeEnabled = awayModeEnabled;
    }

    public Boolean getAwayModeReassign() {
        return awayModeReassign;
    }

    public void setAwayModeReassign(Boolean awayModeReassign) {
        this.awayModeReassign = awayModeReassign;
    }

    public Boolean getHasInboxSeat() {
        return hasInboxSeat;
    }

    public void setHasInboxSeat(Boolean hasInboxSeat) {
        this.hasInboxSeat = hasInboxSeat;
    }

    public List<Object> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Object> teamIds) {
        this.teamIds = teamIds;
    }

    public Map<String, Object> getApp() {
        return app;
    }

    public void setApp(Map<String, Object> app) {
        this.app = app;
    }
}
