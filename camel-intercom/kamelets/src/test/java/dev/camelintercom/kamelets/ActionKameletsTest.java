/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.sandbox.SandboxRequests.Recorded;
import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every action Kamelet, each from a YAML route against the sandbox: its inputs as properties (placeholders reading the
 * message) and as fields of the JSON body, what reached the sandbox, and the JSON that came out.
 */
class ActionKameletsTest extends KameletTestSupport {

    private String contactId;
    private String conversationId;

    @BeforeEach
    void seedContactAndConversation() {
        contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com", "role", "user")).get("id").asText();
        conversationId = sandbox.workspace().createConversation(contactId, "Where is my order?").get("id").asText();
    }

    /** A route from direct:in to the Kamelet with these properties, as a YAML route names them. */
    private JsonNode run(String kamelet, Map<String, String> properties, Object body, Map<String, Object> headers)
            throws Exception {
        StringBuilder yaml = new StringBuilder("""
                - route:
                    from:
                      uri: direct:in
                      steps:
                        - to:
                            uri: kamelet:%s
                """.formatted(kamelet));
        if (!properties.isEmpty()) {
            yaml.append("            parameters:\n");
            properties.forEach((k, v) -> yaml.append("              ").append(k).append(": \"").append(v).append("\"\n"));
        }
        load(kamelet, yaml.toString());
        return send("direct:in", body, headers);
    }

    private JsonNode run(String kamelet, Map<String, String> properties) throws Exception {
        return run(kamelet, properties, null, Map.of());
    }

    private Recorded last(String method, String pathStart) {
        List<Recorded> matching = sandbox.requests().all().stream()
                .filter(r -> r.method().equals(method) && r.path().startsWith(pathStart)).toList();
        assertFalse(matching.isEmpty(), "no " + method + " " + pathStart + " reached the sandbox");
        return matching.get(matching.size() - 1);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void createContactFromPropertiesWithPlaceholders() throws Exception {
        JsonNode out = run("intercom-create-contact-action", Map.of("role", "lead", "email", "${header.email}",
                "name", "${header.first} Byron"), null, Map.of("email", "grace@example.com", "first", "Grace"));

        assertEquals("lead", out.get("role").asText());
        assertEquals("Grace Byron", sandbox.workspace().contact(out.get("id").asText()).get("name").asText());
        assertEquals(json("{\"role\":\"lead\",\"email\":\"grace@example.com\",\"name\":\"Grace Byron\"}"),
                json(last("POST", "/contacts").body()));
    }

    @Test
    void createContactFromTheBodyKeepsOnlyItsInputFieldsAndPropertiesWin() throws Exception {
        JsonNode out = run("intercom-create-contact-action", Map.of("name", "Set By Property"),
                "{\"email\": \"lin@example.com\", \"external_id\": \"cust-9\", \"name\": \"From Body\", \"id\": \"x\"}",
                Map.of());

        assertEquals("cust-9", sandbox.workspace().contact(out.get("id").asText()).get("external_id").asText());
        assertEquals(json("{\"email\":\"lin@example.com\",\"external_id\":\"cust-9\",\"name\":\"Set By Property\"}"),
                json(last("POST", "/contacts").body()));
    }

    @Test
    void createContactOnConflictReturnsTheExistingOne() throws Exception {
        JsonNode out = run("intercom-create-contact-action", Map.of("email", "ada@example.com",
                "onConflict", "returnExisting"));

        assertEquals(contactId, out.get("id").asText());
        assertEquals(1, sandbox.workspace().contacts().size());
    }

    @Test
    void updateContact() throws Exception {
        JsonNode out = run("intercom-update-contact-action", Map.of("contactId", "${header.contact}", "name", "Ada L."),
                "{\"phone\": \"+44 1\"}", Map.of("contact", contactId));

        assertEquals("Ada L.", out.get("name").asText());
        JsonNode stored = sandbox.workspace().contact(contactId);
        assertEquals("Ada L.", stored.get("name").asText());
        assertEquals("+44 1", stored.get("phone").asText());
        assertEquals("PUT", last("PUT", "/contacts/" + contactId).method());
    }

    @Test
    void deleteContactWithItsIdInTheBody() throws Exception {
        JsonNode out = run("intercom-delete-contact-action", Map.of(), "{\"contact_id\": \"" + contactId + "\"}", Map.of());

        assertTrue(out.get("deleted").asBoolean(), out.toString());
        assertTrue(sandbox.workspace().contacts().isEmpty());
        last("DELETE", "/contacts/" + contactId);
    }

    @Test
    void findContactByEmailOrExternalId() throws Exception {
        sandbox.workspace().updateContact(contactId, Map.of("external_id", "cust-1"));

        assertEquals(contactId, run("intercom-find-contact-action", Map.of("email", "${header.email}"), null,
                Map.of("email", "ada@example.com")).get("id").asText());
        assertEquals(json("{\"field\":\"email\",\"operator\":\"=\",\"value\":\"ada@example.com\"}"),
                json(last("POST", "/contacts/search").body()).get("query"));

        assertEquals(contactId, send("direct:in", "{\"external_id\": \"cust-1\"}", Map.of()).get("id").asText());
        assertEquals("external_id", json(last("POST", "/contacts/search").body()).at("/query/field").asText());

        assertNull(send("direct:in", null, Map.of("email", "nobody@example.com")), "no contact: no body");
    }

    @Test
    void findContactWithoutEmailOrExternalIdIsRefusedBeforeAnyCall() throws Exception {
        run("intercom-find-contact-action", Map.of("email", "ada@example.com"));
        int calls = sandbox.requests().count();

        load("no-key", """
                - route:
                    from:
                      uri: direct:nokey
                      steps:
                        - to: kamelet:intercom-find-contact-action
                """);
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:nokey", "{}"));
        assertTrue(e.getCause().getMessage().contains("give email or externalId"), e.getCause().getMessage());
        assertEquals(calls, sandbox.requests().count());
    }

    @Test
    void createConversation() throws Exception {
        JsonNode out = run("intercom-create-conversation-action", Map.of("contactId", contactId,
                "message", "${body[text]}"), Map.of("text", "My parcel is late"), Map.of());

        String created = out.get("conversation_id").asText();
        assertEquals(json("{\"from\":{\"type\":\"contact\",\"id\":\"" + contactId + "\"},\"body\":\"My parcel is late\"}"),
                json(last("POST", "/conversations").body()));
        assertTrue(sandbox.workspace().conversation(created).toString().contains("My parcel is late"));
    }

    @Test
    void replyToConversation() throws Exception {
        JsonNode out = run("intercom-reply-to-conversation-action", Map.of("conversationId", conversationId,
                "adminId", adminId(), "message", "On its way"));

        assertEquals(conversationId, out.get("id").asText());
        JsonNode sent = json(last("POST", "/conversations/" + conversationId + "/reply").body());
        assertEquals("comment", sent.get("message_type").asText());
        assertEquals("On its way", sent.get("body").asText());
        assertTrue(sandbox.workspace().conversation(conversationId).toString().contains("On its way"));
    }

    @Test
    void addNoteToContact() throws Exception {
        JsonNode out = run("intercom-add-note-to-contact-action", Map.of("contactId", contactId,
                "message", "Called on ${header.day}"), null, Map.of("day", "Monday"));

        assertEquals("note", out.get("type").asText());
        assertTrue(sandbox.workspace().note(out.get("id").asText()).get("body").asText().contains("Called on Monday"));
        last("POST", "/contacts/" + contactId + "/notes");
    }

    @Test
    void addNoteToConversation() throws Exception {
        run("intercom-add-note-to-conversation-action", Map.of("conversationId", conversationId, "adminId", adminId(),
                "message", "VIP customer"));

        JsonNode sent = json(last("POST", "/conversations/" + conversationId + "/reply").body());
        assertEquals("note", sent.get("message_type").asText());
        assertEquals("VIP customer", sent.get("body").asText());
    }

    @Test
    void closeConversation() throws Exception {
        JsonNode out = run("intercom-close-conversation-action", Map.of("adminId", adminId()),
                "{\"conversation_id\": \"" + conversationId + "\"}", Map.of());

        assertEquals("closed", out.get("state").asText());
        assertEquals("closed", sandbox.workspace().conversation(conversationId).get("state").asText());
        assertEquals("close", json(last("POST", "/conversations/" + conversationId + "/parts").body())
                .get("message_type").asText());
    }

    @Test
    void assignConversationToATeam() throws Exception {
        String teamId = sandbox.workspace().createTeam("Billing", adminId()).get("id").asText();

        run("intercom-assign-conversation-action", Map.of("conversationId", conversationId, "adminId", adminId(),
                "assigneeId", teamId, "assigneeType", "team"));

        assertEquals(teamId, sandbox.workspace().conversation(conversationId).get("team_assignee_id").asText());
        JsonNode sent = json(last("POST", "/conversations/" + conversationId + "/parts").body());
        assertEquals("assignment", sent.get("message_type").asText());
        assertEquals("team", sent.get("type").asText());
    }

    @Test
    void upsertCompanyCreatesThenUpdates() throws Exception {
        JsonNode created = run("intercom-upsert-company-action", Map.of("companyId", "c-1", "name", "Acme"));
        JsonNode updated = send("direct:in", Map.of("company_id", "c-1", "plan", "pro"), Map.of());

        assertEquals(created.get("id"), updated.get("id"));
        assertEquals(1, sandbox.workspace().companies().size());
        assertEquals("Acme", sandbox.workspace().company(created.get("id").asText()).get("name").asText());
    }

    @Test
    void attachContactToCompany() throws Exception {
        String companyId = sandbox.workspace().createOrUpdateCompany(Map.of("company_id", "c-2", "name", "Initech"))
                .get("id").asText();

        JsonNode out = run("intercom-attach-contact-to-company-action", Map.of("contactId", contactId,
                "companyId", companyId));

        assertEquals(companyId, out.get("id").asText());
        assertTrue(sandbox.workspace().contact(contactId).at("/companies/data").toString().contains(companyId));
        last("POST", "/contacts/" + contactId + "/companies");
    }

    @Test
    void tagContact() throws Exception {
        String tagId = sandbox.workspace().createTag("vip").get("id").asText();

        JsonNode out = run("intercom-tag-contact-action", Map.of("contactId", contactId, "tagId", tagId));

        assertEquals("vip", out.get("name").asText());
        assertTrue(sandbox.workspace().contact(contactId).at("/tags/data").toString().contains(tagId));
        assertEquals(tagId, json(last("POST", "/contacts/" + contactId + "/tags").body()).get("id").asText());
    }

    @Test
    void theConnectionPropertiesOfAKameletReplaceTheComponentsAndTheTokenIsNotLogged() throws Exception {
        String token = "kamelet-token-" + System.nanoTime();
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> run("intercom-delete-contact-action",
                Map.of("contactId", contactId, "accessToken", token, "baseUri", sandbox.baseUri())));

        assertTrue(e.getCause().getMessage().contains("401"), e.getCause().getMessage());
        assertEquals(1, sandbox.workspace().contacts().size(), "the sandbox refused the other token");
        assertTrue(IntercomTestLog.lines().stream().noneMatch(line -> line.contains(token)), "the token was logged");
        assertFalse(e.getMessage().contains(token));
    }

    @Test
    void createTicket() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ticketTypeId", sandbox.workspace().defaultTicketTypeId());
        properties.put("email", "ada@example.com");
        properties.put("title", "Printer on fire");
        properties.put("description", "${header.detail}");

        JsonNode out = run("intercom-create-ticket-action", properties, null, Map.of("detail", "Since 9 am"));

        JsonNode stored = sandbox.workspace().ticket(out.get("id").asText());
        assertEquals("Printer on fire", stored.at("/ticket_attributes/_default_title_").asText());
        JsonNode sent = json(last("POST", "/tickets").body());
        assertEquals("ada@example.com", sent.at("/contacts/0/email").asText());
        assertEquals("Since 9 am", sent.at("/ticket_attributes/_default_description_").asText());
    }
}
