/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A segment of contacts or companies.
 */
public class Segment extends TimestampedObject {

    @JsonProperty("name")
    private String name;
    @JsonProperty("person_type")
    private String personType;
    @JsonProperty("count")
    private Integer count;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPersonType() {
        return personType;
    }

    public void setPersonType(String personType) {
        this.personType = personType;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
