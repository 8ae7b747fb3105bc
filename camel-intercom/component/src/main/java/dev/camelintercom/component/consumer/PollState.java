/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a consumer stands: the watermark (every object below it was delivered and completed), the keys of the
 * objects completed at or after {@code watermark - lookback}, which the next poll reads again and must skip, and the
 * point it started from, below which it never reads.
 * Serialised as JSON into the {@link org.apache.camel.spi.StateRepository}.
 */
final class PollState {

    private final long start;
    private long watermark;
    private final Map<String, Long> completed = new HashMap<>();

    PollState(long start) {
        this.start = start;
        this.watermark = start;
    }

    long watermark() {
        return watermark;
    }

    /** Where the next read begins: {@code lookback} behind the watermark, but not before the start. */
    long windowStart(long lookback) {
        return Math.max(start, watermark - lookback);
    }

    boolean isCompleted(String key) {
        return completed.containsKey(key);
    }

    /** Whether an earlier state of this object completed (within the window the keys are kept for). */
    boolean hasCompletedEarlierState(Candidate candidate) {
        String prefix = candidate.object().getId() + "@";
        return completed.keySet().stream().anyMatch(key -> key.startsWith(prefix) && !key.equals(candidate.key()));
    }

    void markCompleted(Candidate candidate) {
        completed.put(candidate.key(), candidate.timestamp());
    }

    /** Moves the watermark forward (never back) and forgets keys that the next read window no longer reaches. */
    void advance(long newWatermark, long lookback) {
        watermark = Math.max(watermark, newWatermark);
        completed.values().removeIf(ts -> ts < watermark - lookback);
    }

    String toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("start", start);
        root.put("watermark", watermark);
        ObjectNode keys = root.putObject("completed");
        completed.forEach(keys::put);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PollState fromJson(String json, ObjectMapper mapper) {
        try {
            JsonNode root = mapper.readTree(json);
            PollState state = new PollState(root.path("start").asLong());
            state.watermark = root.path("watermark").asLong();
            root.path("completed").fields().forEachRemaining(e -> state.completed.put(e.getKey(), e.getValue().asLong()));
            return state;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The stored state of the Intercom consumer is not valid JSON", e);
        }
    }
}
