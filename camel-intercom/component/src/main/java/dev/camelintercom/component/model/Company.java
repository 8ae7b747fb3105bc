/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A company.
 */
public class Company extends TimestampedObject {

    @JsonProperty("company_id")
    private String companyId;
    @JsonProperty("name")
    private String name;
    // an object in responses ({"type": "plan", "id", "name"}, or empty); the requests' plan is the name alone
    @JsonProperty("plan")
    private Map<String, Object> plan;
    @JsonProperty("size")
    private Integer size;
    @JsonProperty("website")
    private String website;
    @JsonProperty("industry")
    private String industry;
    @JsonProperty("monthly_spend")
    private Long monthlySpend;
    @JsonProperty("user_count")
    private Integer userCount;
    @JsonProperty("remote_created_at")
    @IntercomTimestamp
    private Instant remoteCreatedAt;
    @JsonProperty("last_request_at")
    @IntercomTimestamp
    private Instant lastRequestAt;
    @JsonProperty("custom_attributes")
    private Map<String, Object> customAttributes;

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<String, Object> getPlan() {
        return plan;
    }

    public void setPlan(Map<String, Object> plan) {
        this.plan = plan;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Long getMonthlySpend() {
        return monthlySpend;
    }

    public void setMonthlySpend(Long monthlySpend) {
        this.monthlySpend = monthlySpend;
    }

    public Integer getUserCount() {
        return userCount;
    }

    public void setUserCount(Integer userCount) {
        this.userCount = userCount;
    }

    public Instant getRemoteCreatedAt() {
        return remoteCreatedAt;
    }

    public void setRemoteCreatedAt(Instant remoteCreatedAt) {
        this.remoteCreatedAt = remoteCreatedAt;
    }

    public Instant getLastRequestAt() {
        return lastRequestAt;
    }

    public void setLastRequestAt(Instant lastRequestAt) {
        this.lastRequestAt = lastRequestAt;
    }

    public Map<String, Object> getCustomAttributes() {
        return customAttributes;
    }

    public void setCustomAttributes(Map<String, Object> customAttributes) {
        this.customAttributes = customAttributes;
    }
}
