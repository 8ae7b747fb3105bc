/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a delete: the id, the kind of object, and whether it is deleted.
 */
public class DeletedObject extends IntercomObject {

    @JsonProperty("object")
    private String object;
    @JsonProperty("deleted")
    private Boolean deleted;

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public Boolean getDeleted() {
        return deleted;
    }

    public void setDeleted(Boolean deleted) {
        this.deleted = deleted;
    }
}
