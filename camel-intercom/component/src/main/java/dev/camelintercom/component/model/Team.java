/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A team of admins.
 */
public class Team extends IntercomObject {

    @JsonProperty("name")
    private String name;
    @JsonProperty("admin_ids")
    private List<Object> adminIds;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Object> getAdminIds() {
        return adminIds;
    }

    public void setAdminIds(List<Object> adminIds) {
        this.adminIds = adminIds;
    }
}
