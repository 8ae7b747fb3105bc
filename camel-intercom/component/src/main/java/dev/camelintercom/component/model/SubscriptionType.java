/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A subscription type a contact may opt in to or out of.
 */
public class SubscriptionType extends IntercomObject {

    @JsonProperty("state")
    private String state;
    @JsonProperty("consent_type")
    private String consentType;
    @JsonProperty("default_translation")
    private Map<String, Object> defaultTranslation;
    @JsonProperty("content_types")
    private List<Object> contentTypes;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getConsentType() {
        return consentType;
    }

    public void setConsentType(String consentType) {
        this.consentType = consentType;
    }

    public Map<String, Object> getDefaultTranslation() {
        return defaultTranslation;
    }

    public void setDefaultTranslation(Map<String, Object> defaultTranslation) {
        this.defaultTranslation = defaultTranslation;
    }

    public List<Object> getContentTypes() {
        return contentTypes;
    }

    public void setContentTypes(List<Object> contentTypes) {
        this.contentTypes = contentTypes;
    }
}
