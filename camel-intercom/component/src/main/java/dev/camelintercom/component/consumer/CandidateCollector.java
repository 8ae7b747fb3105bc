/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Keeps the oldest objects of a read window, memory bounded: at most about twice {@code limit} are held. The
 * result holds the {@code limit} oldest and every other object of the same second as the last of them, so that it
 * is complete for each second it covers.
 */
final class CandidateCollector {

    private final long since;
    private final int limit;
    private final Predicate<Candidate> known;
    private List<Candidate> kept = new ArrayList<>();

    CandidateCollector(long since, int limit, Predicate<Candidate> known) {
        this.since = since;
        this.limit = limit;
        this.known = known;
    }

    /** Takes a candidate if it is inside the window and not known already. */
    void offer(Candidate candidate) {
        if (candidate.timestamp() < since || known.test(candidate)) {
            return;
        }
        kept.add(candidate);
        if (kept.size() >= 2 * limit) {
            kept = cut();
        }
    }

    /** Whether the result is full: {@code limit} candidates or more are held. */
    boolean isFull() {
        return kept.size() >= limit;
    }

    /** How many more candidates the result has room for. */
    int room() {
        return Math.max(0, limit - kept.size());
    }

    /** Whether, reading in ascending order, nothing later can enter the result any more. */
    boolean isCompleteBefore(long nextTimestamp) {
        if (kept.size() < limit) {
            return false;
        }
        List<Candidate> sorted = cut();
        return nextTimestamp > sorted.get(sorted.size() - 1).timestamp();
    }

    /** The oldest {@code limit} candidates, and the rest of the last one's second, in ascending order. */
    List<Candidate> result() {
        return Collections.unmodifiableList(cut());
    }

    private List<Candidate> cut() {
        List<Candidate> sorted = new ArrayList<>(kept);
        Collections.sort(sorted);
        if (sorted.size() <= limit) {
            return sorted;
        }
        long lastSecond = sorted.get(limit - 1).timestamp();
        int end = limit;
        while (end < sorted.size() && sorted.get(end).timestamp() == lastSecond) {
            end++;
        }
        return new ArrayList<>(sorted.subList(0, end));
    }
}
