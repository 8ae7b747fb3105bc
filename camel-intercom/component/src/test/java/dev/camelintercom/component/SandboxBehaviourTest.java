/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.component.model.Company;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.ConversationPart;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.component.model.Message;
import dev.camelintercom.component.model.Segment;
import dev.camelintercom.component.model.Tag;
import dev.camelintercom.component.model.Ticket;
import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a route relies on when it runs against the sandbox, through the component: archived contacts leave search and
 * come back, replies add parts, companies are found by {@code company_id}, deletes remove, messages open
 * conversations, tags come and go, merged leads are gone, segments and data events exist.
 */
class SandboxBehaviourTest extends SandboxTestSupport {

    private static final long T0 = 1_700_000_000L;
    private static final Map<String, Object> BY_EMAIL = Map.of("field", "email", "operator", "=", "value", "ada@example.com");

    private String ada;

    @Override
    protected SandboxOptions sandboxOptions() {
        return SandboxOptions.defaults().clock(SandboxClock.manual(T0));
    }

    @Override
    protected void seed(Workspace workspace) {
        ada = workspace.createContact(Map.of("email", "ada@example.com", "external_id", "ada-1", "name", "Ada")).get("id")
                .asText();
    }

    @Test
    void anArchivedContactLeavesSearchUntilUnarchived() {
        assertEquals(List.of(ada), ids(call("contact", "search", BY_EMAIL)));
        call("contact", "archive", null, IntercomConstants.CONTACT_ID, ada);
        assertEquals(List.of(), ids(call("contact", "search", BY_EMAIL)));
        assertEquals(List.of(), ids(call("contact", "list", null)));
        assertEquals(404, failure("contact", "get", null, IntercomConstants.CONTACT_ID, ada).getStatusCode());

        call("contact", "unarchive", null, IntercomConstants.CONTACT_ID, ada);
        assertEquals(List.of(ada), ids(call("contact", "search", BY_EMAIL)));
        assertEquals("Ada", ((Contact) call("contact", "get", null, IntercomConstants.CONTACT_ID, ada)).getName());
    }

    @Test
    void repliesAddPartsToConversationsAndTickets() {
        String conversation = sandbox.workspace().createConversation(ada, "Help").get("id").asText();
        String admin = sandbox.workspace().adminId();
        Conversation replied = (Conversation) call("conversation", "reply&adminId=" + admin, Map.of("body", "Coming"),
                IntercomConstants.CONVERSATION_ID, conversation);
        assertEquals(1, sandbox.workspace().conversation(conversation).get("conversation_parts").get("total_count").asInt());
        assertEquals(conversation, replied.getId());
        call("conversation", "note&adminId=" + admin, Map.of("body", "VIP"), IntercomConstants.CONVERSATION_ID, conversation);
        assertEquals(List.of("comment", "note"), sandbox.workspace().conversation(conversation).get("conversation_parts")
                .get("conversation_parts").findValuesAsText("part_type"));

        String ticket = sandbox.workspace().createTicket(ada, "Broken").get("id").asText();
        ConversationPart part = (ConversationPart) call("ticket", "reply&adminId=" + admin, Map.of("body", "Fixed"),
                IntercomConstants.TICKET_ID, ticket);
        assertEquals("<p>Fixed</p>", part.getBody());
        JsonNode parts = sandbox.workspace().ticket(ticket).get("ticket_parts").get("ticket_parts");
        assertEquals(1, parts.size());
        assertEquals(part.getId(), parts.get(0).get("id").asText());
    }

    @Test
    void findsACompanyByItsCompanyIdAndDeletesIt() {
        String acme = sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "acme", "name", "Acme")).get("id")
                .asText();
        sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "globex", "name", "Globex"));
        sandbox.workspace().attachContactToCompany(ada, acme);
        Company found = (Company) call("company", "find", null, IntercomConstants.COMPANY_EXTERNAL_ID, "acme");
        assertEquals(acme, found.getId());
        assertEquals(404, failure("company", "find", null, IntercomConstants.COMPANY_EXTERNAL_ID, "initech").getStatusCode());

        call("company", "delete", null, IntercomConstants.COMPANY_ID, acme);
        assertEquals(404, failure("company", "get", null, IntercomConstants.COMPANY_ID, acme).getStatusCode());
        assertEquals(0, sandbox.workspace().contact(ada).get("companies").get("total_count").asInt());
    }

    @Test
    void deletesRemoveContactsTicketsAndTags() {
        String ticket = sandbox.workspace().createTicket(ada, "Broken").get("id").asText();
        String tag = sandbox.workspace().createTag("vip").get("id").asText();
        sandbox.workspace().tagContact(ada, tag);

        call("tag", "delete", null, IntercomConstants.TAG_ID, tag);
        assertEquals(List.of(), call("contact", "listTags", null, IntercomConstants.CONTACT_ID, ada));
        assertEquals(404, failure("tag", "get", null, IntercomConstants.TAG_ID, tag).getStatusCode());
        call("ticket", "delete", null, IntercomConstants.TICKET_ID, ticket);
        assertEquals(404, failure("ticket", "get", null, IntercomConstants.TICKET_ID, ticket).getStatusCode());
        call("contact", "delete", null, IntercomConstants.CONTACT_ID, ada);
        assertEquals(404, failure("contact", "get", null, IntercomConstants.CONTACT_ID, ada).getStatusCode());
    }

    @Test
    void aMessageOpensAConversationWithTheContact() {
        Message message = (Message) call("message", "create&adminId=" + sandbox.workspace().adminId(),
                Map.of("message_type", "email", "subject", "Invoice", "body", "Attached", "to",
                        Map.of("type", "user", "id", ada)));
        Conversation conversation = (Conversation) call("conversation", "get", null, IntercomConstants.CONVERSATION_ID,
                message.getConversationId());
        assertEquals(ada, sandbox.workspace().conversation(conversation.getId()).get("contacts").get("contacts").get(0)
                .get("id").asText());
        assertEquals("admin_initiated", sandbox.workspace().conversation(conversation.getId()).get("source")
                .get("delivered_as").asText());
    }

    @Test
    void tagsComeAndGoOnContactsConversationsAndTickets() {
        String tag = sandbox.workspace().createTag("vip").get("id").asText();
        String conversation = sandbox.workspace().createConversation(ada, "Hi").get("id").asText();
        String ticket = sandbox.workspace().createTicket(ada, "Broken").get("id").asText();
        String admin = "&adminId=" + sandbox.workspace().adminId();
        call("contact", "attachTag", null, IntercomConstants.CONTACT_ID, ada, IntercomConstants.TAG_ID, tag);
        call("conversation", "attachTag" + admin, null, IntercomConstants.CONVERSATION_ID, conversation,
                IntercomConstants.TAG_ID, tag);
        call("ticket", "attachTag" + admin, null, IntercomConstants.TICKET_ID, ticket, IntercomConstants.TAG_ID, tag);
        assertEquals(List.of(tag), ids(call("contact", "listTags", null, IntercomConstants.CONTACT_ID, ada)));
        assertEquals(1, sandbox.workspace().conversation(conversation).get("tags").get("tags").size());
        assertEquals(1, sandbox.workspace().ticket(ticket).get("tags").get("tags").size());

        call("contact", "detachTag", null, IntercomConstants.CONTACT_ID, ada, IntercomConstants.TAG_ID, tag);
        call("conversation", "detachTag" + admin, null, IntercomConstants.CONVERSATION_ID, conversation,
                IntercomConstants.TAG_ID, tag);
        call("ticket", "detachTag" + admin, null, IntercomConstants.TICKET_ID, ticket, IntercomConstants.TAG_ID, tag);
        assertEquals(List.of(), call("contact", "listTags", null, IntercomConstants.CONTACT_ID, ada));
        assertEquals(0, sandbox.workspace().conversation(conversation).get("tags").get("tags").size());
        assertEquals(0, sandbox.workspace().ticket(ticket).get("tags").get("tags").size());
    }

    @Test
    void aMergedLeadIsGoneAndItsTagsMoveToTheUser() {
        String lead = sandbox.workspace().createContact(Map.of("role", "lead", "email", "visitor@example.com")).get("id")
                .asText();
        String tag = sandbox.workspace().createTag("trial").get("id").asText();
        sandbox.workspace().tagContact(lead, tag);
        Contact merged = (Contact) call("contact", "merge", Map.of("from", lead, "into", ada));
        assertEquals(ada, merged.getId());
        assertEquals(List.of(tag), ids(call("contact", "listTags", null, IntercomConstants.CONTACT_ID, ada)));
        IntercomApiException gone = failure("contact", "get", null, IntercomConstants.CONTACT_ID, lead);
        assertEquals(410, gone.getStatusCode());
        assertEquals("/contacts/" + ada, gone.getCanonicalLocation());

        String other = sandbox.workspace().createContact(Map.of("email", "grace@example.com")).get("id").asText();
        IntercomApiException userIntoUser = failure("contact", "merge", Map.of("from", other, "into", ada));
        assertEquals("invalid_merge", userIntoUser.getErrorCode());
    }

    @Test
    void segmentsAndDataEventsExist() {
        List<?> segments = (List<?>) call("segment", "list", null);
        assertTrue(segments.stream().map(s -> ((Segment) s).getName()).toList().containsAll(List.of("All users", "All leads")));
        List<?> adaSegments = (List<?>) call("contact", "listSegments", null, IntercomConstants.CONTACT_ID, ada);
        assertEquals(List.of("All users"), adaSegments.stream().map(s -> ((Segment) s).getName()).toList());

        call("event", "create", Map.of("event_name", "ordered", "created_at", T0), IntercomConstants.CONTACT_ID, ada);
        call("event", "create", Map.of("event_name", "ordered", "created_at", T0), IntercomConstants.CONTACT_ID, ada);
        call("event", "create", Map.of("event_name", "ordered", "created_at", T0 + 60), IntercomConstants.USER_ID, "ada-1");
        List<?> events = (List<?>) call("event", "list", null, IntercomConstants.USER_ID, "ada-1");
        assertEquals(2, events.size(), "the repeat of the same second was dropped");
        assertEquals(List.of(T0, T0 + 60), sandbox.workspace().events().stream().map(e -> e.get("created_at").asLong())
                .toList());
    }

    private Object call(String resource, String operation, Object body, Object... headerPairs) {
        Exchange result = send(resource, operation, body, headerPairs);
        if (result.getException() != null) {
            throw new AssertionError(resource + "." + operation + " failed", result.getException());
        }
        return result.getMessage().getBody();
    }

    private IntercomApiException failure(String resource, String operation, Object body, Object... headerPairs) {
        Exchange result = send(resource, operation, body, headerPairs);
        return assertInstanceOf(IntercomApiException.class, result.getException());
    }

    private Exchange send(String resource, String operation, Object body, Object... headerPairs) {
        return template.send("intercom:" + resource + "?operation=" + operation, e -> {
            for (int i = 0; i < headerPairs.length; i += 2) {
                e.getMessage().setHeader((String) headerPairs[i], headerPairs[i + 1]);
            }
            e.getMessage().setBody(body);
        });
    }

    private static List<String> ids(Object list) {
        return ((List<?>) list).stream().map(o -> ((IntercomObject) o).getId()).toList();
    }
}
