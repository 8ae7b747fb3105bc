/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reached the sandbox: the most recent requests ({@value #KEPT} at most) with what the client saw, and a count of
 * every request per method and path since the start (or {@link #clear()}). Thread-safe. A request is counted as it
 * arrives, before the workspace changes, so that a test which sees a change can count the request that made it; it is
 * listed by {@link #all()} once it is answered.
 */
public final class SandboxRequests {

    static final int KEPT = 10_000;

    /**
     * One request: sandbox-clock second, method, path, raw query string (or null), body, the status the client saw
     * (0 when the connection was reset), and the fault injected (or null).
     */
    public record Recorded(long at, String method, String path, String query, String body, int status, String fault) {
    }

    private final Deque<Recorded> recent = new ArrayDeque<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    synchronized void arrived(String method, String path) {
        counts.merge(method + " " + path, 1, Integer::sum);
    }

    synchronized void answered(Recorded request) {
        if (recent.size() == KEPT) {
            recent.removeFirst();
        }
        recent.addLast(request);
    }

    /** The kept requests, oldest first. */
    public synchronized List<Recorded> all() {
        return new ArrayList<>(recent);
    }

    /** The requests to this method and exact path, e.g. {@code count("POST", "/conversations/search")}. */
    public synchronized int count(String method, String path) {
        return counts.getOrDefault(method + " " + path, 0);
    }

    /** Every request counted. */
    public synchronized int count() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Counts keyed by {@code "METHOD /path"}, sorted. */
    public synchronized Map<String, Integer> countsByPath() {
        return new TreeMap<>(counts);
    }

    public synchronized void clear() {
        recent.clear();
        counts.clear();
    }
}
