/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelintercom.sandbox.SandboxJson.array;
import static dev.camelintercom.sandbox.SandboxJson.object;

/**
 * The JSON documents of a new object of each kind, in the shapes of Intercom's 2.16 description. A property the
 * description does not mark nullable is left out rather than set to null.
 */
final class Documents {

    static final String APP_ID = "sandbox_workspace";

    private Documents() {
    }

    static ObjectNode contact(String id, long now) {
        ObjectNode c = object().put("type", "contact").put("id", id).put("workspace_id", APP_ID);
        c.putNull("external_id");
        c.put("role", "user");
        c.putNull("phone");
        c.putNull("name");
        c.putNull("avatar");
        c.putNull("owner_id");
        c.set("social_profiles", object().put("type", "list").set("data", array()));
        c.put("has_hard_bounced", false).put("marked_email_as_spam", false).put("unsubscribed_from_emails", false);
        c.put("created_at", now).put("updated_at", now);
        for (String field : new String[] { "signed_up_at", "last_seen_at", "last_replied_at", "last_contacted_at",
                "last_email_opened_at", "last_email_clicked_at", "language_override", "browser", "browser_version",
                "browser_language", "os" }) {
            c.putNull(field);
        }
        ObjectNode location = c.putObject("location").put("type", "location");
        location.putNull("country");
        location.putNull("region");
        location.putNull("city");
        c.putObject("custom_attributes");
        c.set("tags", subList("/contacts/" + id + "/tags"));
        c.set("notes", subList("/contacts/" + id + "/notes"));
        c.set("companies", subList("/contacts/" + id + "/companies"));
        c.putNull("enabled_push_messaging");
        return c;
    }

    /** The {@code {type: list, data, url, total_count, has_more}} blocks embedded in a contact. */
    static ObjectNode subList(String url) {
        return object().put("type", "list").<ObjectNode> set("data", array()).put("url", url).put("total_count", 0)
                .put("has_more", false);
    }

    static ObjectNode contactReference(ObjectNode contact) {
        return object().put("type", "contact").put("id", contact.get("id").asText())
                .set("external_id", contact.get("external_id"));
    }

    static ObjectNode company(String id, long now) {
        ObjectNode c = object().put("type", "company").put("id", id).put("app_id", APP_ID);
        c.put("created_at", now).put("updated_at", now);
        c.put("monthly_spend", 0).put("session_count", 0).put("user_count", 0);
        c.putObject("plan");
        c.putObject("custom_attributes");
        c.putObject("tags").put("type", "tag.list").set("tags", array());
        c.putObject("segments").put("type", "segment.list").set("segments", array());
        return c;
    }

    static ObjectNode conversation(String id, long createdAt, long now, ObjectNode source, ObjectNode contactRef) {
        ObjectNode c = object().put("type", "conversation").put("id", id).put("created_at", createdAt).put("updated_at", now);
        c.put("waiting_since", createdAt);
        c.putNull("snoozed_until");
        c.set("source", source);
        ObjectNode contacts = c.putObject("contacts").put("type", "contact.list");
        contacts.putArray("contacts").add(contactRef);
        c.putObject("first_contact_reply").put("created_at", createdAt).put("type", "conversation").putNull("url");
        c.put("admin_assignee_id", 0).put("team_assignee_id", 0);
        c.put("open", true).put("state", "open").put("read", false);
        c.putObject("tags").put("type", "tag.list").set("tags", array());
        c.put("priority", "none");
        c.putNull("sla_applied");
        c.putNull("statistics");
        c.putNull("conversation_rating");
        c.putObject("teammates").put("type", "admin.list").set("teammates", array());
        c.putObject("custom_attributes");
        c.set("linked_objects", linkedObjects());
        c.put("ai_agent_participated", false);
        c.putObject("conversation_parts").put("type", "conversation_part.list").<ObjectNode> set("conversation_parts", array())
                .put("total_count", 0);
        return c;
    }

    static ObjectNode source(String messageId, String deliveredAs, String subject, String body, ObjectNode author) {
        ObjectNode s = object().put("type", "conversation").put("id", messageId).put("delivered_as", deliveredAs);
        s.put("subject", subject == null ? "" : subject).put("body", body);
        s.set("author", author);
        s.set("attachments", array());
        s.putNull("url");
        s.put("redacted", false);
        return s;
    }

    /** The author of a source or part: {type, id, name, email} of an admin or a contact (type user or lead). */
    static ObjectNode author(ObjectNode adminOrContact) {
        String type = adminOrContact.get("type").asText();
        ObjectNode a = object().put("type", "contact".equals(type) ? adminOrContact.path("role").asText("user") : type)
                .put("id", adminOrContact.get("id").asText());
        a.set("name", adminOrContact.get("name"));
        if (adminOrContact.hasNonNull("email")) {
            a.put("email", adminOrContact.get("email").asText());
        }
        return a;
    }

    static ObjectNode conversationPart(String id, String partType, String body, long now, ObjectNode author,
            ObjectNode assignedTo) {
        ObjectNode p = object().put("type", "conversation_part").put("id", id).put("part_type", partType);
        if (body == null) {
            p.putNull("body");
        } else {
            p.put("body", body);
        }
        p.put("created_at", now).put("updated_at", now).put("notified_at", now);
        if (assignedTo == null) {
            p.putNull("assigned_to");
        } else {
            p.set("assigned_to", assignedTo);
        }
        p.set("author", author);
        p.set("attachments", array());
        p.putNull("external_id");
        p.put("redacted", false);
        return p;
    }

    /** What {@code POST /conversations} answers: the message (with its plain-text body) that opened the conversation. */
    static ObjectNode message(ObjectNode conversation, String plainBody) {
        return message("user_message", "inapp", conversation, plainBody);
    }

    /**
     * The message of {@code POST /conversations} ({@code user_message}) or {@code POST /messages}
     * ({@code admin_message}) with the conversation it opened.
     */
    static ObjectNode message(String type, String messageType, ObjectNode conversation, String plainBody) {
        ObjectNode source = (ObjectNode) conversation.get("source");
        ObjectNode m = object().put("type", type).put("id", source.get("id").asText());
        m.put("created_at", conversation.get("created_at").asLong());
        if (!source.path("subject").asText().isEmpty()) {
            m.put("subject", source.get("subject").asText());
        }
        m.put("body", plainBody).put("message_type", messageType);
        m.put("conversation_id", conversation.get("id").asText());
        return m;
    }

    static ObjectNode ticketState(String id, String category, String label) {
        return object().put("type", "ticket_state").put("id", id).put("category", category).put("internal_label", label)
                .put("external_label", label);
    }

    static ObjectNode ticketType(String id, String name, String category, ArrayNode states, long now) {
        ObjectNode t = object().put("type", "ticket_type").put("id", id).put("category", category).put("name", name);
        t.put("description", name).put("icon", "🎟️").put("workspace_id", APP_ID).put("archived", false);
        t.put("created_at", now).put("updated_at", now).put("is_internal", false);
        t.putObject("ticket_type_attributes").put("type", "list").set("ticket_type_attributes", array());
        t.putObject("ticket_states").put("type", "list").set("data", states);
        return t;
    }

    /** A note about a contact or a company, written by an admin. */
    static ObjectNode note(String id, long now, ObjectNode owner, ObjectNode admin, String body) {
        ObjectNode n = object().put("type", "note").put("id", id).put("created_at", now);
        String ownerType = owner.get("type").asText();
        n.putObject(ownerType).put("type", ownerType).put("id", owner.get("id").asText());
        n.set("author", admin.deepCopy());
        return n.put("body", body);
    }

    static ObjectNode ticket(String id, String ticketNumber, ObjectNode type, ObjectNode state, ObjectNode contactRef,
            long createdAt, long now) {
        ObjectNode t = object().put("type", "ticket").put("id", id).put("ticket_id", ticketNumber);
        t.put("category", type.get("category").asText());
        t.putObject("ticket_attributes");
        t.set("ticket_state", state);
        t.set("ticket_type", type);
        t.putObject("contacts").put("type", "contact.list").putArray("contacts").add(contactRef);
        t.put("admin_assignee_id", 0).put("team_assignee_id", 0);
        t.put("created_at", createdAt).put("updated_at", now);
        t.put("open", true);
        t.set("linked_objects", linkedObjects());
        t.putObject("ticket_parts").put("type", "ticket_part.list").<ObjectNode> set("ticket_parts", array())
                .put("total_count", 0);
        t.put("is_shared", false);
        t.putNull("previous_ticket_state_id");
        t.putObject("tags").put("type", "tag.list").set("tags", array());
        return t;
    }

    /** A reply or note on a ticket: what {@code POST /tickets/{id}/reply} answers. */
    static ObjectNode ticketReply(String id, String partType, String body, long now, ObjectNode author) {
        ObjectNode p = object().put("type", "ticket_part").put("id", id).put("part_type", partType);
        if (body == null) {
            p.putNull("body");
        } else {
            p.put("body", body);
        }
        p.put("created_at", now).put("updated_at", now);
        p.set("author", author);
        p.set("attachments", array());
        return p.put("redacted", false);
    }

    static ObjectNode ticketPart(String id, String partType, String previousState, String state, long now,
            ObjectNode author) {
        ObjectNode p = object().put("type", "ticket_part").put("id", id).put("part_type", partType);
        p.put("previous_ticket_state", previousState).put("ticket_state", state);
        p.put("created_at", now).put("updated_at", now);
        p.set("author", author);
        p.set("attachments", array());
        p.put("redacted", false);
        return p;
    }

    static ObjectNode tag(String id, String name) {
        return object().put("type", "tag").put("id", id).put("name", name);
    }

    static ObjectNode admin(String id, String name, String email) {
        ObjectNode a = object().put("type", "admin").put("id", id).put("name", name).put("email", email);
        a.put("away_mode_enabled", false).put("away_mode_reassign", false).put("has_inbox_seat", true);
        a.set("team_ids", array());
        a.putNull("avatar");
        return a;
    }

    /** {@code GET /me}: the token's admin with the workspace it belongs to. */
    static ObjectNode me(ObjectNode admin, String timeZone, long workspaceCreatedAt) {
        ObjectNode me = object().put("type", "admin").put("id", admin.get("id").asText());
        me.put("name", admin.get("name").asText()).put("email", admin.get("email").asText()).put("email_verified", true);
        me.putObject("app").put("type", "app").put("id_code", APP_ID).put("name", "Intercom sandbox")
                .put("created_at", workspaceCreatedAt).put("secure", false).put("identity_verification", false)
                .put("timezone", timeZone).put("region", "US");
        me.putObject("avatar").put("type", "avatar").putNull("image_url");
        me.put("has_inbox_seat", true);
        me.put("away_mode_enabled", admin.get("away_mode_enabled").asBoolean());
        me.put("away_mode_reassign", admin.get("away_mode_reassign").asBoolean());
        me.set("team_ids", admin.get("team_ids").deepCopy());
        return me;
    }

    /** A segment; its {@code count} is filled when it is read. */
    static ObjectNode segment(String id, String name, long now) {
        return object().put("type", "segment").put("id", id).put("name", name).put("created_at", now)
                .put("updated_at", now).put("person_type", "user");
    }

    static ObjectNode subscriptionType(String id, String name, String consentType) {
        ObjectNode s = object().put("type", "subscription").put("id", id).put("state", "live");
        ObjectNode translation = object().put("name", name).put("description", name).put("locale", "en");
        s.set("default_translation", translation);
        s.putArray("translations").add(translation.deepCopy());
        s.put("consent_type", consentType);
        s.putArray("content_types").add("email");
        return s;
    }

    /** A data event of a contact, as {@code GET /events} lists it. */
    static ObjectNode event(String id, String name, long createdAt, ObjectNode contact, JsonNode metadata) {
        ObjectNode e = object().put("type", "event").put("id", id).put("event_name", name).put("created_at", createdAt);
        e.set("user_id", contact.get("external_id"));
        e.put("intercom_user_id", contact.get("id").asText());
        if (contact.hasNonNull("email")) {
            e.put("email", contact.get("email").asText());
        }
        e.set("metadata", metadata == null || metadata.isNull() ? object() : metadata.deepCopy());
        return e;
    }

    /** {@code DELETE /companies/{id}} and {@code DELETE /tickets/{id}}: {@code {id, object, deleted: true}}. */
    static ObjectNode deleted(String object, String id) {
        return object().put("id", id).put("object", object).put("deleted", true);
    }

    static ObjectNode team(String id, String name) {
        return object().put("type", "team").put("id", id).put("name", name).set("admin_ids", array());
    }

    private static ObjectNode linkedObjects() {
        return object().put("type", "list").<ObjectNode> set("data", array()).put("total_count", 0).put("has_more", false);
    }
}
