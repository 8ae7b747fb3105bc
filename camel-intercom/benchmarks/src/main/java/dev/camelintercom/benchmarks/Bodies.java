/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON the stubs answer and the clients send: a contact, a conversation, a page of contacts, a reply. */
final class Bodies {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CONTACT_ID = "6657a1b2c3d4e5f600000001";
    static final String CONVERSATION_ID = "9000000000001";
    static final String ADMIN_ID = "991267";
    static final String TOKEN = "bench-token";
    static final int SEARCH_PAGE = 150;

    /** The reply every client posts. */
    static final String REPLY_REQUEST = "{\"message_type\":\"comment\",\"type\":\"admin\",\"admin_id\":\"" + ADMIN_ID
                                        + "\",\"body\":\"Thanks, we are on it.\"}";
    /** The contact search every client posts: Intercom's query and a page of 150. */
    static final String SEARCH_REQUEST = "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"user\"},"
                                         + "\"pagination\":{\"per_page\":" + SEARCH_PAGE + "}}";

    private Bodies() {
    }

    /** A contact as Intercom 2.16 returns it, about 1.3 KB. */
    static ObjectNode contact(String id) {
        ObjectNode contact = MAPPER.createObjectNode().put("type", "contact").put("id", id)
                .put("workspace_id", "ecahpwf5").put("external_id", "ext-" + id).put("role", "user")
                .put("email", "ada." + id + "@example.com").put("phone", "+441234567890").put("name", "Ada Lovelace")
                .putNull("avatar").put("owner_id", 991267).putNull("social_profiles")
                .put("has_hard_bounced", false).put("marked_email_as_spam", false)
                .put("unsubscribed_from_emails", false).put("created_at", 1_767_225_600L)
                .put("updated_at", 1_767_229_200L).put("signed_up_at", 1_767_225_600L)
                .put("last_seen_at", 1_767_228_000L).putNull("last_replied_at").putNull("last_contacted_at")
                .putNull("last_email_opened_at").putNull("last_email_clicked_at").put("language_override", "en")
                .put("browser", "firefox").put("browser_version", "128.0").put("browser_language", "en-GB")
                .put("os", "Linux").put("android_app_name", (String) null).put("ios_app_name", (String) null);
        contact.putObject("location").put("type", "location").put("country", "United Kingdom")
                .put("region", "England").put("city", "London");
        contact.putObject("custom_attributes").put("plan", "pro").put("seats", 12).put("trial", false);
        for (String list : new String[] {"tags", "notes", "companies"}) {
            contact.putObject(list).put("type", "list").put("url", "/contacts/" + id + "/" + list)
                    .put("total_count", 0).put("has_more", false).putArray("data");
        }
        contact.putObject("opted_out_subscription_types").put("type", "list").putArray("data");
        return contact;
    }

    /** A conversation after a reply, with its three parts, about 2.5 KB. */
    static ObjectNode conversation() {
        ObjectNode conversation = MAPPER.createObjectNode().put("type", "conversation").put("id", CONVERSATION_ID)
                .put("title", "Cannot log in").put("created_at", 1_767_225_600L).put("updated_at", 1_767_229_200L)
                .put("waiting_since", 1_767_225_600L).putNull("snoozed_until").put("open", true).put("state", "open")
                .put("read", true).put("priority", "not_priority").put("admin_assignee_id", 991267)
                .putNull("team_assignee_id");
        conversation.putObject("source").put("type", "conversation").put("id", "403918320").put("delivered_as", "customer_initiated")
                .put("subject", "").put("body", "<p>I cannot log in since this morning.</p>")
                .putObject("author").put("type", "user").put("id", CONTACT_ID).put("name", "Ada Lovelace")
                .put("email", "ada@example.com");
        conversation.putObject("contacts").put("type", "contact.list").putArray("contacts").addObject()
                .put("type", "contact").put("id", CONTACT_ID).put("external_id", "ext-1");
        conversation.putObject("statistics").put("type", "conversation_statistics").put("time_to_admin_reply", 120)
                .put("count_reopens", 0).put("count_assignments", 1).put("count_conversation_parts", 3);
        ObjectNode parts = conversation.putObject("conversation_parts").put("type", "conversation_part.list")
                .put("total_count", 3);
        ArrayNode data = parts.putArray("conversation_parts");
        for (int i = 1; i <= 3; i++) {
            ObjectNode part = data.addObject().put("type", "conversation_part").put("id", "14709" + i)
                    .put("part_type", i == 3 ? "comment" : "assignment").put("body", "<p>Reply number " + i + "</p>")
                    .put("created_at", 1_767_225_600L + i).put("updated_at", 1_767_225_600L + i)
                    .put("notified_at", 1_767_225_600L + i).putNull("assigned_to").put("external_id", (String) null)
                    .put("redacted", false);
            part.putObject("author").put("type", "admin").put("id", ADMIN_ID).put("name", "Grace Hopper")
                    .put("email", "grace@example.com");
            part.putArray("attachments");
        }
        return conversation;
    }

    /** One page of a contact search or list: {@code size} contacts and the cursor of the next page, or none. */
    static ObjectNode contactPage(int first, int size, int total, String next) {
        ObjectNode page = MAPPER.createObjectNode().put("type", "list").put("total_count", total);
        ArrayNode data = page.putArray("data");
        for (int i = 0; i < size; i++) {
            data.add(contact(String.format("%024x", first + i)));
        }
        ObjectNode pages = page.putObject("pages").put("type", "pages").put("page", first / SEARCH_PAGE + 1)
                .put("per_page", SEARCH_PAGE).put("total_pages", (total + SEARCH_PAGE - 1) / SEARCH_PAGE);
        if (next != null) {
            pages.putObject("next").put("per_page", SEARCH_PAGE).put("starting_after", next);
        }
        return page;
    }
}
