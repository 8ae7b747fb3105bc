/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The objects of one kind (contacts, conversations ...) in creation order, and the search index over them. The index
 * keeps, per object, the versions written in the last {@code indexDelaySeconds}: a search at time t sees each object
 * as it was last written at or before {@code t - delay}, so a new object is missing and an updated one looks as it did
 * before. With a {@code jitter} source, each write waits a delay drawn between 0 and {@code indexDelaySeconds}, so
 * objects can become searchable in another order than they were written, as they do in Intercom. Not thread-safe:
 * the {@link Workspace} lock guards it.
 */
final class ObjectStore {

    /** One object with its creation sequence number, the tie-breaker of every order. */
    record Entry(long seq, ObjectNode doc) {
    }

    private record Version(long visibleFrom, long seq, ObjectNode snapshot) {
    }

    private final String label;
    private final long indexDelaySeconds;
    private final Random jitter;
    private final Map<String, Entry> current = new LinkedHashMap<>();
    private final Map<String, Deque<Version>> index = new LinkedHashMap<>();
    private long nextSeq = 1;

    ObjectStore(String label, long indexDelaySeconds, Random jitter) {
        this.label = label;
        this.indexDelaySeconds = indexDelaySeconds;
        this.jitter = jitter;
    }

    private long delay() {
        return jitter == null || indexDelaySeconds == 0 ? indexDelaySeconds : jitter.nextLong(indexDelaySeconds + 1);
    }

    /** Stores a new object or the new state of an existing one, and queues it for the search index. */
    void save(String id, ObjectNode doc, long now) {
        Entry existing = current.get(id);
        long seq = existing == null ? nextSeq++ : existing.seq();
        current.put(id, new Entry(seq, doc));
        queueForIndex(id, new Version(now + delay(), seq, doc.deepCopy()), now);
    }

    void remove(String id, long now) {
        Entry removed = current.remove(id);
        if (removed != null) {
            queueForIndex(id, new Version(now + delay(), removed.seq(), null), now);
        }
    }

    /** The live object (not a copy), or null. */
    ObjectNode find(String id) {
        Entry entry = id == null ? null : current.get(id);
        return entry == null ? null : entry.doc();
    }

    /** The live object, or a 404 naming the kind. */
    ObjectNode require(String id) {
        ObjectNode doc = find(id);
        if (doc == null) {
            throw SandboxError.notFound(label);
        }
        return doc;
    }

    /** Copies of every live object, in creation order. */
    List<Entry> all() {
        List<Entry> copies = new ArrayList<>(current.size());
        current.values().forEach(e -> copies.add(new Entry(e.seq(), e.doc().deepCopy())));
        return copies;
    }

    /** The first live object (not a copy) whose text field equals the value ignoring case, or null. */
    ObjectNode findBy(String field, String value) {
        for (Entry entry : current.values()) {
            if (value.equalsIgnoreCase(entry.doc().path(field).asText(null))) {
                return entry.doc();
            }
        }
        return null;
    }

    /**
     * What search sees at {@code now}, in creation order. The documents are the index's own snapshots, never changed
     * after they are stored: read them, copy before changing.
     */
    List<Entry> indexed(long now) {
        List<Entry> visible = new ArrayList<>();
        Iterator<Map.Entry<String, Deque<Version>>> it = index.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Deque<Version>> e = it.next();
            Deque<Version> versions = e.getValue();
            prune(versions, now);
            Version seen = versions.peekFirst();
            if (seen.visibleFrom() > now) {
                continue;
            }
            if (seen.snapshot() == null) {
                if (versions.size() == 1) {
                    it.remove();
                }
                continue;
            }
            visible.add(new Entry(seen.seq(), seen.snapshot()));
        }
        visible.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return visible;
    }

    private void queueForIndex(String id, Version version, long now) {
        Deque<Version> versions = index.computeIfAbsent(id, k -> new ArrayDeque<>());
        versions.addLast(version);
        prune(versions, now);
    }

    /** Drops versions that a later, already visible version replaces. */
    private static void prune(Deque<Version> versions, long now) {
        while (versions.size() > 1) {
            Iterator<Version> it = versions.iterator();
            it.next();
            if (it.next().visibleFrom() > now) {
                return;
            }
            versions.removeFirst();
        }
    }
}
