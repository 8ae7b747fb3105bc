/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one company scroll a workspace may have open, over the companies listed when it opened; it expires after a
 * minute unused (sandbox clock) and when a page comes back empty. The workspace's lock guards it.
 */
final class CompanyScroll {

    private static final long IDLE_SECONDS = 60;

    /** A page of {@code GET /companies/scroll}, and the parameter of the next one. */
    record Page(List<ObjectNode> companies, String scrollParam) {
    }

    private String param;
    private List<String> ids;
    private int position;
    private long lastUsed;

    /**
     * The next page: a new scroll over {@code listedIds} when {@code scrollParam} is null (400 while one is open), else
     * the open scroll's next companies that {@code company} still finds (404 for an unknown or expired parameter).
     */
    Page next(String scrollParam, int pageSize, long now, Supplier<List<String>> listedIds,
            Function<String, ObjectNode> company) {
        boolean alive = param != null && now - lastUsed < IDLE_SECONDS;
        if (scrollParam == null) {
            if (alive) {
                throw new SandboxError(400, "scroll_exists", "scroll already exists for this workspace");
            }
            open(listedIds.get());
        } else if (!alive || !param.equals(scrollParam)) {
            if (!alive) {
                param = null;
            }
            throw new SandboxError(404, "not_found", "scroll parameter not found or expired");
        }
        String pageParam = param;
        List<ObjectNode> page = new ArrayList<>();
        while (page.size() < pageSize && position < ids.size()) {
            ObjectNode found = company.apply(ids.get(position++));
            if (found != null) {
                page.add(found.deepCopy());
            }
        }
        lastUsed = now;
        if (page.isEmpty()) {
            param = null;
        }
        return new Page(page, pageParam);
    }

    private void open(List<String> listed) {
        param = UUID.randomUUID().toString();
        ids = listed;
        position = 0;
    }
}
