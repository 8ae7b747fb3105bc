/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.camelintercom.component.model.Contact;

/** A page of contacts as the hand-written clients map it: only its {@code data}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ContactPage {

    private List<Contact> data;

    public List<Contact> getData() {
        return data;
    }

    public void setData(List<Contact> data) {
        this.data = data;
    }
}
