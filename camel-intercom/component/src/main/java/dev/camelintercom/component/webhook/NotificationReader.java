/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.api.IntercomJson;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.component.model.ConversationPart;
import dev.camelintercom.component.model.IntercomObject;

/**
 * Reads the envelope of a notification ({@code type: notification_event}), and, for a topic the endpoint routes, turns
 * {@code data.item} into the model class of the item's own {@code type}, as the {@code get} operation of that resource
 * answers it ({@code conversation_part} and {@code ticket_part}: {@link ConversationPart}). Items that are not such an
 * object (the identifiers of {@code *.deleted}, {@code contact_tag}, {@code event}...) stay a plain
 * {@link IntercomObject} with every field; {@code ticket.closed} nests its ticket one level deeper, and is unwrapped.
 * Timestamps are read in either of Intercom's forms (see {@link dev.camelintercom.component.model.IntercomTimestamp}).
 */
final class NotificationReader {

    private static final String ENVELOPE_TYPE = "notification_event";
    private static final Set<String> PART_TYPES = Set.of("conversation_part", "ticket_part");

    private final ObjectMapper mapper = IntercomJson.mapper();

    /**
     * The envelope of a verified body; fails with 400 when the body is not JSON, not a notification or has no topic.
     * The item is not converted yet: a topic the endpoint does not route is answered without it.
     */
    Notification read(byte[] body) throws WebhookRefusal {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new WebhookRefusal(400, "the body is not JSON");
        }
        if (root == null || !root.isObject() || !ENVELOPE_TYPE.equals(root.path("type").asText())) {
            throw new WebhookRefusal(400, "the body is not a notification_event");
        }
        String topic = text(root, "topic");
        if (topic == null || topic.isBlank()) {
            throw new WebhookRefusal(400, "the notification has no topic");
        }
        return new Notification(text(root, "id"), topic, text(root, "app_id"), integer(root, "delivery_attempts"),
                number(root, "first_sent_at"), root.path("data").path("item"));
    }

    /** The item of a notification to route; fails with 400 when there is none, or it is not what its type says. */
    IntercomObject item(Notification notification) throws WebhookRefusal {
        String topic = notification.topic();
        JsonNode node = notification.item();
        if (!node.isObject()) {
            throw new WebhookRefusal(400, "notification " + notification.id() + " (" + topic + ") has no data.item object");
        }
        JsonNode item = WebhookTopics.TICKET_CLOSED.equals(topic) && node.path("ticket").isObject() ? node.get("ticket") : node;
        Class<? extends IntercomObject> type = WebhookTopics.isDeletion(topic) ? IntercomObject.class
                : modelClassOf(item.path("type").asText());
        try {
            return mapper.treeToValue(item, type);
        } catch (JsonProcessingException e) {
            throw new WebhookRefusal(400, "data.item of " + topic + " is not a " + item.path("type").asText()
                                          + ": " + e.getOriginalMessage());
        }
    }

    private static Class<? extends IntercomObject> modelClassOf(String type) {
        if (PART_TYPES.contains(type)) {
            return ConversationPart.class;
        }
        List<OperationDefinition> get = IntercomOperations.find(type, "get");
        // an object without a model class of its own (an article, a call) is read as the catch-all IntercomObject
        return get.isEmpty() || get.get(0).modelClass() == null ? IntercomObject.class : get.get(0).modelClass();
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value != null && value.canConvertToInt() ? value.asInt() : null;
    }

    private static Long number(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : null;
    }
}
