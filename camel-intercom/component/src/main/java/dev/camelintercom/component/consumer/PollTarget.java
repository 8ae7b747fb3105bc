/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;

/**
 * The resources a consumer can poll, and how each is read: conversations, tickets and contacts through the table's
 * {@code search} rows, companies (which have no search) through its {@code scroll} row, over all of them. The call
 * itself (path, items field, model class, paging, page size) is the row's.
 */
enum PollTarget {
    CONVERSATION("conversation", "search", false, false, 60,
                 Map.of("state", "state", "team", "team_assignee_id", "tag", "tag_ids")),
    TICKET("ticket", "search", false, false, 60, Map.of("state", "state", "team", "team_assignee_id")),
    /** Contact search filters dates by calendar day only, sorts, and finds new contacts only minutes later. */
    CONTACT("contact", "search", true, true, 900, Map.of("tag", "tag_id")),
    COMPANY("company", "scroll", false, false, 0, Map.of());

    private final String resource;
    private final OperationDefinition readOperation;
    private final boolean dayGranular;
    private final boolean sortable;
    private final int defaultLookback;
    private final Map<String, String> filterFields;

    PollTarget(String resource, String readOperation, boolean dayGranular, boolean sortable, int defaultLookback,
               Map<String, String> filterFields) {
        this.resource = resource;
        this.readOperation = IntercomOperations.row(resource, readOperation);
        this.dayGranular = dayGranular;
        this.sortable = sortable;
        this.defaultLookback = defaultLookback;
        this.filterFields = filterFields;
    }

    /** The target of a resource, or null when the resource cannot be polled. */
    static PollTarget of(String resource) {
        return Arrays.stream(values()).filter(t -> t.resource.equals(resource)).findFirst().orElse(null);
    }

    static String names() {
        return Arrays.stream(values()).map(t -> t.resource).collect(Collectors.joining(", "));
    }

    String resource() {
        return resource;
    }

    /** The table row each poll reads the window through. */
    OperationDefinition readOperation() {
        return readOperation;
    }

    /** Whether the window is read through a search (else by scrolling over every object). */
    boolean isSearch() {
        return "search".equals(readOperation.name());
    }

    boolean isDayGranular() {
        return dayGranular;
    }

    boolean isSortable() {
        return sortable;
    }

    /** Seconds to read back behind the watermark by default, for objects that become searchable late. */
    int defaultLookback() {
        return defaultLookback;
    }

    /** The search field of a filter option ({@code state}, {@code team}, {@code tag}), or null when not supported. */
    String filterField(String filter) {
        return filterFields.get(filter);
    }
}
