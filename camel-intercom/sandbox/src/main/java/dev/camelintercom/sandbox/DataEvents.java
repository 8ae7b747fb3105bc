/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelintercom.sandbox.SandboxJson.array;
import static dev.camelintercom.sandbox.SandboxJson.number;
import static dev.camelintercom.sandbox.SandboxJson.object;
import static dev.camelintercom.sandbox.SandboxJson.requireText;

/**
 * The data events of a workspace's contacts, and the summaries posted for them ({@code POST /events/summaries}). The
 * {@link Workspace} finds the contact and holds the lock; this class is not thread-safe.
 */
final class DataEvents {

    private static final String[] BOUNDS = { "first", "last" };

    private final List<ObjectNode> events = new ArrayList<>();
    /** Posted summaries by contact id, then event name. */
    private final Map<String, Map<String, ObjectNode>> posted = new HashMap<>();

    /**
     * {@code POST /events} for the contact: {@code event_name}, {@code created_at}, optional {@code metadata}. A
     * repeat of the same contact, name and second is dropped, as Intercom does.
     */
    void record(ObjectNode contact, ObjectNode body) {
        String name = requireText(body, "event_name");
        Long createdAt = number(body, "created_at");
        if (createdAt == null) {
            throw SandboxError.missing("created_at");
        }
        boolean repeat = of(contact).stream()
                .anyMatch(e -> name.equals(e.get("event_name").asText()) && createdAt == e.get("created_at").asLong());
        if (!repeat) {
            events.add(Documents.event(Integer.toString(events.size() + 1), name, createdAt, contact, body.get("metadata")));
        }
    }

    /** Copies of every event, in the order they were recorded. */
    List<ObjectNode> all() {
        return events.stream().map(ObjectNode::deepCopy).toList();
    }

    /**
     * What {@code GET /events} answers for the contact: its events newest first, or with {@code summary} one
     * {@code {name, first, last, count}} per event name, the posted counts added.
     */
    ObjectNode answer(ObjectNode contact, boolean summary) {
        List<ObjectNode> newestFirst = new ArrayList<>(of(contact));
        Collections.reverse(newestFirst);
        ObjectNode answer = object().put("type", "event.summary").put("intercom_user_id", contact.get("id").asText());
        if (contact.hasNonNull("email")) {
            answer.put("email", contact.get("email").asText());
        }
        if (contact.hasNonNull("external_id")) {
            answer.put("user_id", contact.get("external_id").asText());
        }
        answer.set("events", summary ? summaries(contact, newestFirst) : array().addAll(newestFirst));
        answer.putObject("pages");
        return answer;
    }

    /** {@code event_summaries}: one {@code {event_name, count, first, last}} or a list of them, for the contact. */
    void addSummaries(ObjectNode contact, JsonNode given) {
        if (given == null || !(given.isObject() || given.isArray())) {
            throw SandboxError.missing("event_summaries");
        }
        Map<String, ObjectNode> byName = posted.computeIfAbsent(contact.get("id").asText(), id -> new LinkedHashMap<>());
        for (JsonNode item : given.isArray() ? given : array().add(given)) {
            String name = requireText(item, "event_name");
            Long count = number(item, "count");
            ObjectNode summary = object().put("name", name).put("count", count == null ? 1 : count);
            for (String bound : BOUNDS) {
                Long at = number(item, bound);
                if (at != null) {
                    summary.put(bound, at);
                }
            }
            byName.put(name, summary);
        }
    }

    private List<ObjectNode> of(ObjectNode contact) {
        String contactId = contact.get("id").asText();
        return events.stream().filter(e -> contactId.equals(e.get("intercom_user_id").asText()))
                .map(ObjectNode::deepCopy).toList();
    }

    private ArrayNode summaries(ObjectNode contact, List<ObjectNode> events) {
        Map<String, ObjectNode> byName = new LinkedHashMap<>();
        for (ObjectNode event : events) {
            long at = event.get("created_at").asLong();
            ObjectNode summary = byName.computeIfAbsent(event.get("event_name").asText(),
                    n -> object().put("name", n).put("first", at).put("last", at).put("count", 0));
            summary.put("first", Math.min(at, summary.get("first").asLong()))
                    .put("last", Math.max(at, summary.get("last").asLong()))
                    .put("count", summary.get("count").asInt() + 1);
        }
        posted.getOrDefault(contact.get("id").asText(), Map.of()).forEach((name, extra) -> byName.merge(name,
                extra.deepCopy(), (counted, more) -> counted.put("count", counted.get("count").asInt() + more.get("count").asInt())));
        ArrayNode summaries = array();
        for (ObjectNode summary : byName.values()) {
            for (String bound : BOUNDS) {
                if (summary.hasNonNull(bound)) {
                    // the description declares first and last as ISO 8601 date-times
                    summary.put(bound, SandboxJson.isoTime(summary.get(bound).asLong()));
                }
            }
            summaries.add(summary);
        }
        return summaries;
    }
}
