/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelintercom.sandbox.SandboxJson.requireText;

/**
 * Conversations: create (answers the message), get (the 500 most recent parts), update, list (cursor in the query),
 * search, reply, the state changes of {@code /parts} (close, snooze, open, assign), contacts joining and leaving,
 * tagging, conversion to a ticket and redaction; and admins' messages ({@code POST /messages}), which open one.
 */
final class ConversationRoutes {

    private static final int DEFAULT_PAGE = 20;
    private static final int MAX_PARTS = 500;

    private ConversationRoutes() {
    }

    static void register(SandboxRouter router, Workspace workspace, SandboxOptions options) {
        SearchSchema schema = SearchSchema.conversations(options.inclusiveRangeOperators());
        router.post("/conversations", r -> Documents.message(workspace.createConversation(r.body()),
                requireText(r.body(), "body")));
        router.get("/conversations/{conversation_id}",
                r -> displayed(r, latestParts(workspace.conversation(r.path("conversation_id")))));
        router.put("/conversations/{conversation_id}",
                r -> displayed(r, latestParts(workspace.updateConversation(r.path("conversation_id"), r.body()))));
        router.get("/conversations", r -> Pages.cursorList(workspace.list(Kind.CONVERSATION), r, DEFAULT_PAGE,
                "conversation.list", "conversations", ConversationRoutes::withoutParts));
        router.post("/conversations/search", r -> Search.run(r.body(), workspace.indexed(Kind.CONVERSATION), schema,
                options.searchOrder(), DEFAULT_PAGE, "conversation.list", "conversations", ConversationRoutes::withoutParts));
        router.post("/conversations/{conversation_id}/reply",
                r -> latestParts(workspace.replyToConversation(r.path("conversation_id"), r.body())));
        router.post("/conversations/{conversation_id}/parts",
                r -> latestParts(workspace.manageConversation(r.path("conversation_id"), r.body())));
        DirectoryRoutes.adminTagging(router, "/conversations/{conversation_id}", "conversation_id",
                workspace::tagConversation, workspace::untagConversation);
        router.post("/conversations/{conversation_id}/customers",
                r -> latestParts(workspace.attachContactToConversation(r.path("conversation_id"), r.body())));
        router.delete("/conversations/{conversation_id}/customers/{contact_id}", r -> latestParts(
                workspace.detachContactFromConversation(r.path("conversation_id"), r.path("contact_id"), r.body())));
        router.post("/conversations/{conversation_id}/convert",
                r -> workspace.convertToTicket(r.path("conversation_id"), r.body()));
        router.post("/conversations/redact", r -> latestParts(workspace.redact(r.body())));
        router.post("/messages", r -> workspace.createMessage(r.body()));
    }

    /** HTML bodies, or with {@code display_as=plaintext} plain text. */
    private static ObjectNode displayed(SandboxRouter.Request request, ObjectNode conversation) {
        return PlainText.asked(request) ? PlainText.conversation(conversation) : conversation;
    }

    /** List and search items carry no parts. */
    private static ObjectNode withoutParts(ObjectNode conversation) {
        conversation.remove("conversation_parts");
        return conversation;
    }

    private static ObjectNode latestParts(ObjectNode conversation) {
        ArrayNode parts = (ArrayNode) conversation.get("conversation_parts").get("conversation_parts");
        while (parts.size() > MAX_PARTS) {
            parts.remove(0);
        }
        return conversation;
    }
}
