/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxFault;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxTestSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.component.model.Message;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The component's producer against the sandbox: what a user's route test looks like. */
class SandboxProducerTest extends SandboxTestSupport {

    private static final long T0 = 1_700_000_000L;


    @Override
    protected SandboxOptions sandboxOptions() {
        return SandboxOptions.defaults().clock(SandboxClock.manual(T0)).rateLimit(50);
    }


    @Test
    void createsGetsAndSearchesContacts() {
        Exchange created = template.request("intercom:contact?operation=create",
                e -> e.getMessage().setBody(Map.of("email", "route@example.com", "role", "user", "name", "Route")));
        Contact contact = created.getMessage().getBody(Contact.class);
        assertEquals("route@example.com", contact.getEmail());
        assertEquals(Instant.ofEpochSecond(T0), contact.getCreatedAt());
        assertEquals(contact.getId(), created.getMessage().getHeader(IntercomConstants.RESOURCE_ID));
        assertEquals(49, created.getMessage().getHeader(IntercomConstants.RATE_LIMIT_REMAINING, Integer.class));
        assertNotNull(created.getMessage().getHeader(IntercomConstants.REQUEST_ID));
        assertEquals("Route", sandbox.workspace().contact(contact.getId()).get("name").asText());

        Contact fetched = template.requestBodyAndHeader("intercom:contact?operation=get", null, IntercomConstants.CONTACT_ID,
                contact.getId(), Contact.class);
        assertEquals("Route", fetched.getName());

        List<?> found = template.requestBody("intercom:contact?operation=search",
                Map.of("field", "email", "operator", "=", "value", "route@example.com"), List.class);
        assertEquals(1, found.size());
        assertEquals(contact.getId(), ((Contact) found.get(0)).getId());
        assertEquals(1, sandbox.requests().count("POST", "/contacts/search"));
    }

    @Test
    void pagesThroughASearchWithTheCursorInTheBody() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(sandbox.workspace().createContact(Map.of("email", "many" + i + "@example.com")).get("id").asText());
        }
        Iterator<?> all = template.requestBody("intercom:contact?operation=search&paginate=true&perPage=10",
                Map.of("field", "email", "operator", "~", "value", "many"), Iterator.class);
        List<String> ids = new ArrayList<>();
        all.forEachRemaining(c -> ids.add(((IntercomObject) c).getId()));
        assertEquals(created, ids);
        assertEquals(3, sandbox.requests().count("POST", "/contacts/search"));
    }

    @Test
    void startsAndClosesAConversation() {
        String contactId = sandbox.workspace().createContact(Map.of("email", "talk@example.com")).get("id").asText();
        Message message = template.requestBodyAndHeader("intercom:conversation?operation=create",
                Map.of("body", "Can you help?"), IntercomConstants.CONTACT_ID, contactId, Message.class);
        String conversationId = message.getConversationId();
        assertEquals("open", sandbox.workspace().conversation(conversationId).get("state").asText());

        sandbox.clock().advance(30);
        Conversation closed = template.requestBodyAndHeaders("intercom:conversation?operation=close", null,
                Map.of(IntercomConstants.CONVERSATION_ID, conversationId, IntercomConstants.ADMIN_ID,
                        sandbox.workspace().adminId()), Conversation.class);
        assertEquals("closed", closed.getState());
        assertEquals(Instant.ofEpochSecond(T0 + 30), closed.getUpdatedAt());
        assertEquals("closed", sandbox.workspace().conversation(conversationId).get("state").asText());
        assertEquals("close", sandbox.workspace().conversation(conversationId).get("conversation_parts")
                .get("conversation_parts").get(0).get("part_type").asText());
    }

    @Test
    void surfacesSandboxErrorsAsIntercomApiExceptions() {
        CamelExecutionException missing = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("intercom:contact?operation=get", null, IntercomConstants.CONTACT_ID,
                        "65f0c0de0000000000000bad"));
        IntercomApiException notFound = assertInstanceOf(IntercomApiException.class, missing.getCause());
        assertEquals(404, notFound.getStatusCode());
        assertEquals("not_found", notFound.getErrorCode());
        assertNotNull(notFound.getRequestId());

        sandbox.faults().nextRequests(1, SandboxFault.status(429));
        IntercomApiException limited = assertInstanceOf(IntercomApiException.class, assertThrows(CamelExecutionException.class,
                () -> template.requestBody("intercom:admin?operation=me", (Object) null)).getCause());
        assertTrue(limited.isRateLimited());
    }
}
