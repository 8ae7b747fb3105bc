/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

/**
 * The order of search results when the request has no {@code sort} (conversation and ticket search never take one in
 * API 2.16). Intercom does not document this order, so it is a sandbox option; ties are broken by creation order
 * (which is also id order), so the order is total and paging is stable.
 */
public enum SearchOrder {
    CREATED_AT_ASCENDING("created_at", true),
    CREATED_AT_DESCENDING("created_at", false),
    UPDATED_AT_ASCENDING("updated_at", true),
    UPDATED_AT_DESCENDING("updated_at", false);

    private final String field;
    private final boolean ascending;

    SearchOrder(String field, boolean ascending) {
        this.field = field;
        this.ascending = ascending;
    }

    public String field() {
        return field;
    }

    public boolean ascending() {
        return ascending;
    }
}
