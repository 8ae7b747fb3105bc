/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.model.IntercomObject;

/**
 * Turns an object of a search or scroll response into a {@link Candidate} of its model class.
 */
final class Candidates {

    private Candidates() {
    }

    static Candidate of(JsonNode item, String timestampField, PollTarget target, ObjectMapper mapper) {
        try {
            IntercomObject object = mapper.treeToValue(item, target.readOperation().modelClass());
            JsonNode updated = item.get("updated_at");
            return new Candidate(object, item.path(timestampField).asLong(), item.path("created_at").asLong(),
                    updated == null || updated.isNull() ? null : updated.asLong());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Intercom returned a " + target.resource() + " that cannot be read", e);
        }
    }
}
