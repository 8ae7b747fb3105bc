/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Map;

import dev.camelintercom.component.model.Admin;
import dev.camelintercom.component.model.Company;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.ConversationPart;
import dev.camelintercom.component.model.DataEvent;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.component.model.Message;
import dev.camelintercom.component.model.Note;
import dev.camelintercom.component.model.Segment;
import dev.camelintercom.component.model.SubscriptionType;
import dev.camelintercom.component.model.Tag;
import dev.camelintercom.component.model.Team;
import dev.camelintercom.component.model.Ticket;
import dev.camelintercom.component.model.TicketType;

/**
 * Which model class reads which schema of Intercom's description: the answers of generated operations whose schema
 * has a model class are read into it (a visitor converted into a contact is a {@link Contact}); the others are JSON
 * trees. The model test compares each class's fields with its schema.
 */
public final class ModelSchemas {

    private static final Map<String, Class<? extends IntercomObject>> BY_SCHEMA = Map.ofEntries(
            Map.entry("admin", Admin.class), Map.entry("admin_with_app", Admin.class),
            Map.entry("company", Company.class), Map.entry("contact", Contact.class),
            Map.entry("conversation", Conversation.class), Map.entry("ticket", Ticket.class),
            Map.entry("tag", Tag.class), Map.entry("team", Team.class), Map.entry("segment", Segment.class),
            Map.entry("note", Note.class), Map.entry("ticket_type", TicketType.class),
            Map.entry("subscription_type", SubscriptionType.class), Map.entry("message", Message.class),
            Map.entry("ticket_reply", ConversationPart.class), Map.entry("data_event_summary_item", DataEvent.class));

    private ModelSchemas() {
    }

    /** The model class of a schema, or null when the answer stays a JSON tree. */
    public static Class<? extends IntercomObject> modelOf(String schema) {
        return schema == null ? null : BY_SCHEMA.get(schema);
    }

    /** Every schema with a model class. */
    public static Map<String, Class<? extends IntercomObject>> all() {
        return BY_SCHEMA;
    }
}
