/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Customers writing in to a demo workspace: a new open conversation at a fixed rate, on a daemon thread, until the
 * count is reached or {@link #close()}. See {@link DemoSeed#arrivals}.
 */
public final class DemoArrivals implements AutoCloseable {

    private final Workspace workspace;
    private final List<String> contactIds;
    private final int count;
    private final List<String> ids = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-arrivals");
        thread.setDaemon(true);
        return thread;
    });

    DemoArrivals(Workspace workspace, List<String> contactIds, int count, Duration every) {
        if (count < 0 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("arrivals need a count of zero or more and a positive interval");
        }
        this.workspace = workspace;
        this.contactIds = contactIds;
        this.count = count;
        if (count > 0) {
            scheduler.scheduleAtFixedRate(this::arrive, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void arrive() {
        int n = created();
        if (n >= count) {
            scheduler.shutdown();
            return;
        }
        String contactId = contactIds.get(n * 7 % contactIds.size());
        String id = workspace.createConversation(Map.of("from", Map.of("type", "contact", "id", contactId),
                "body", message(n))).get("id").asText();
        synchronized (ids) {
            ids.add(id);
        }
    }

    /** The text of the n-th arrival (from 0). */
    public static String message(int n) {
        return DemoSeed.MESSAGES.get(n % DemoSeed.MESSAGES.size());
    }

    /** How many conversations arrived so far. */
    public int created() {
        synchronized (ids) {
            return ids.size();
        }
    }

    /** Whether every conversation of the count arrived. */
    public boolean finished() {
        return created() >= count;
    }

    /** The ids of the conversations that arrived, in order. */
    public List<String> ids() {
        synchronized (ids) {
            return List.copyOf(ids);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
