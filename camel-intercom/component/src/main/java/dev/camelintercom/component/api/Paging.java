/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The paging styles of Intercom's list endpoints. Each knows where the page size and position go in a request, and
 * reads the position of the next page from a response (null on the last page).
 */
public enum Paging {
    /** One response holds everything (or the endpoint takes no paging parameters). */
    NONE {
        @Override
        public void apply(IntercomRequest request, Integer perPage, String position) {
            // nothing to set
        }

        @Override
        public String next(JsonNode response, int items) {
            return null;
        }
    },
    /** {@code ?per_page=&starting_after=}, next from {@code pages.next.starting_after}. */
    CURSOR_QUERY {
        @Override
        public void apply(IntercomRequest request, Integer perPage, String position) {
            putIfNotNull(request, "per_page", perPage);
            putIfNotNull(request, "starting_after", position);
        }

        @Override
        public String next(JsonNode response, int items) {
            return nextCursor(response);
        }
    },
    /** Search: {@code "pagination": {"per_page", "starting_after"}} in the body; a query-string cursor is ignored. */
    CURSOR_BODY {
        @Override
        public void apply(IntercomRequest request, Integer perPage, String position) {
            if (perPage == null && position == null) {
                return;
            }
            ObjectNode pagination = request.body().withObjectProperty("pagination");
            if (perPage != null) {
                pagination.put("per_page", perPage);
            }
            if (position != null) {
                pagination.put("starting_after", position);
            }
        }

        @Override
        public String next(JsonNode response, int items) {
            return nextCursor(response);
        }
    },
    /** {@code ?page=&per_page=}, next while {@code pages.page < pages.total_pages}. */
    PAGE_NUMBER {
        @Override
        public void apply(IntercomRequest request, Integer perPage, String position) {
            putIfNotNull(request, "page", position);
            putIfNotNull(request, "per_page", perPage);
        }

        @Override
        public String next(JsonNode response, int items) {
            JsonNode pages = response.path("pages");
            int page = pages.path("page").asInt(0);
            int total = pages.path("total_pages").asInt(0);
            return page > 0 && page < total ? Integer.toString(page + 1) : null;
        }
    },
    /** Company scroll: {@code ?scroll_param=} from the previous response, until a page comes back empty. */
    SCROLL {
        @Override
        public void apply(IntercomRequest request, Integer perPage, String position) {
            putIfNotNull(request, SCROLL_PARAM, position);
        }

        @Override
        public String next(JsonNode response, int items) {
            return items > 0 ? response.path(SCROLL_PARAM).asText(null) : null;
        }
    };

    /** The query parameter that carries a company scroll's position: absent on the scroll's first page. */
    static final String SCROLL_PARAM = "scroll_param";

    /** Sets the page size and the position (a cursor, page number or scroll parameter; null for the first page). */
    public abstract void apply(IntercomRequest request, Integer perPage, String position);

    /**
     * The position of the page after this response, or null when this was the last.
     *
     * @param response the response's fields (those besides the items are enough)
     * @param items    how many items the page held
     */
    public abstract String next(JsonNode response, int items);

    private static void putIfNotNull(IntercomRequest request, String name, Object value) {
        if (value != null) {
            request.query().put(name, value.toString());
        }
    }

    private static String nextCursor(JsonNode response) {
        JsonNode next = response.path("pages").path("next");
        String cursor = next.path("starting_after").asText(null);
        return cursor == null || cursor.isEmpty() ? null : cursor;
    }
}
