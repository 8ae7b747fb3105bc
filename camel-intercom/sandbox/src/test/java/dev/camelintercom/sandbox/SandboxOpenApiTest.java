/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox's answers to every route it serves have the shapes of Intercom's 2.16 description: each response is
 * checked against its operation's response schema. Needs {@code shared/intercom-api/openapi-2.16.yaml} beside the
 * project (found from the module directory upwards); without it the test fails on CI ({@code CI=true}) and is skipped
 * elsewhere.
 */
class SandboxOpenApiTest {

    private static OpenApiSchemaCheck openApi;

    private IntercomSandbox sandbox;
    private SandboxClient client;
    private final List<String> violations = new ArrayList<>();
    private int checked;

    @BeforeAll
    static void loadDescription() throws Exception {
        Path file = OpenApiSchemaCheck.locate(Path.of(""));
        if (file == null) {
            String message = "Intercom's description " + OpenApiSchemaCheck.LOCATION + " was not found above "
                             + Path.of("").toAbsolutePath();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message + "; skipped outside CI");
        }
        openApi = OpenApiSchemaCheck.load(file);
    }

    @BeforeEach
    void start() {
        sandbox = IntercomSandbox.start(SandboxOptions.defaults().listCompaniesWithoutContacts(true));
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void answersTheMainOperationsInTheDescribedShapes() {
        Workspace ws = sandbox.workspace();
        String admin = ws.adminId();
        JsonNode contact = check("POST", "/contacts", client.post("/contacts", Map.of("email", "s@example.com", "name", "S",
                "external_id", "x1", "custom_attributes", Map.of("plan", "pro"))));
        String contactId = contact.get("id").asText();
        check("GET", "/contacts/{contact_id}", client.get("/contacts/" + contactId));
        check("PUT", "/contacts/{contact_id}", client.put("/contacts/" + contactId, Map.of("phone", "+100")));
        check("GET", "/contacts", client.get("/contacts?per_page=1"));
        check("POST", "/contacts/search", client.post("/contacts/search", Map.of("query",
                Map.of("field", "email", "operator", "=", "value", "s@example.com"))));

        String tagId = check("POST", "/tags", client.post("/tags", Map.of("name", "vip"))).get("id").asText();
        ws.tagContact(contactId, tagId);
        String companyId = check("POST", "/companies", client.post("/companies", Map.of("company_id", "acme", "name", "Acme",
                "plan", "gold", "size", 10, "custom_attributes", Map.of("tier", "a")))).get("id").asText();
        ws.attachContactToCompany(contactId, companyId);
        check("GET", "/contacts/{contact_id}", client.get("/contacts/" + contactId));
        check("GET", "/companies/{company_id}", client.get("/companies/" + companyId));
        String noteId = check("POST", "/contacts/{contact_id}/notes", client.post("/contacts/" + contactId + "/notes",
                Map.of("body", "Called back", "admin_id", admin))).get("id").asText();
        check("GET", "/contacts/{contact_id}/notes", client.get("/contacts/" + contactId + "/notes"));
        check("GET", "/notes/{note_id}", client.get("/notes/" + noteId));
        check("POST", "/companies/list", client.post("/companies/list?per_page=5", null));
        check("GET", "/companies/scroll", client.get("/companies/scroll"));

        String conversationId = check("POST", "/conversations", client.post("/conversations", Map.of("from",
                Map.of("type", "user", "id", contactId), "body", "Hello", "subject", "Hi"))).get("conversation_id").asText();
        ws.tagConversation(conversationId, tagId);
        String path = "/conversations/" + conversationId;
        check("POST", "/conversations/{conversation_id}/reply", client.post(path + "/reply", Map.of("message_type", "comment",
                "type", "admin", "admin_id", admin, "body", "Hi there")));
        check("POST", "/conversations/{conversation_id}/parts", client.post(path + "/parts", Map.of("message_type",
                "assignment", "type", "admin", "admin_id", admin, "assignee_id", admin)));
        check("POST", "/conversations/{conversation_id}/parts", client.post(path + "/parts", Map.of("message_type", "close",
                "type", "admin", "admin_id", admin)));
        check("PUT", "/conversations/{conversation_id}", client.put(path, Map.of("read", true, "company_id", companyId)));
        check("GET", "/conversations/{conversation_id}", client.get(path));
        check("GET", "/conversations", client.get("/conversations"));
        check("POST", "/conversations/search", client.post("/conversations/search", Map.of("query",
                Map.of("field", "state", "operator", "=", "value", "closed"))));

        JsonNode ticket = check("POST", "/tickets", client.post("/tickets", Map.of("ticket_type_id", ws.defaultTicketTypeId(),
                "contacts", List.of(Map.of("id", contactId)), "ticket_attributes", Map.of("_default_title_", "T"))));
        String stateId = ticket.get("ticket_type").get("ticket_states").get("data").get(1).get("id").asText();
        check("PUT", "/tickets/{ticket_id}", client.put("/tickets/" + ticket.get("id").asText(),
                Map.of("ticket_state_id", stateId, "admin_id", Long.parseLong(admin))));
        check("GET", "/tickets/{ticket_id}", client.get("/tickets/" + ticket.get("id").asText()));
        check("POST", "/tickets/search", client.post("/tickets/search", Map.of("query",
                Map.of("field", "state", "operator", "=", "value", "in_progress"))));
        check("GET", "/ticket_types", client.get("/ticket_types"));

        check("GET", "/tags", client.get("/tags"));
        check("GET", "/me", client.get("/me"));
        check("GET", "/admins", client.get("/admins"));
        check("GET", "/teams", client.get("/teams"));
        check("DELETE", "/contacts/{contact_id}", client.delete("/contacts/" + contactId));

        assertTrue(violations.isEmpty(), () -> "the sandbox's answers differ from the 2.16 description:\n"
                                               + String.join("\n", violations));
        assertEquals(32, checked);
    }

    @Test
    void answersTheOtherOperationsInTheDescribedShapes() {
        Workspace ws = sandbox.workspace();
        String admin = ws.adminId();
        String user = ws.createContact(Map.of("email", "u@example.com", "external_id", "u1")).get("id").asText();
        String lead = ws.createContact(Map.of("role", "lead", "email", "l@example.com")).get("id").asText();
        String company = ws.createOrUpdateCompany(Map.of("company_id", "acme", "name", "Acme")).get("id").asText();
        String tag = ws.createTag("vip").get("id").asText();
        ws.attachContactToCompany(user, company);
        ws.tagContact(user, tag);
        String contactPath = "/contacts/" + user;
        check("GET", "/contacts/find_by_external_id/{external_id}", client.get("/contacts/find_by_external_id/u1"));
        check("GET", "/contacts/{contact_id}/tags", client.get(contactPath + "/tags"));
        check("GET", "/contacts/{contact_id}/companies", client.get(contactPath + "/companies"));
        check("GET", "/contacts/{contact_id}/segments", client.get(contactPath + "/segments"));
        check("GET", "/contacts/{contact_id}/subscriptions", client.get(contactPath + "/subscriptions"));
        check("GET", "/companies", client.get("/companies?company_id=acme"));
        check("GET", "/companies/{company_id}/contacts", client.get("/companies/" + company + "/contacts"));
        check("GET", "/companies/{company_id}/segments", client.get("/companies/" + company + "/segments"));
        check("PUT", "/companies/{company_id}", client.put("/companies/" + company, Map.of("name", "Acme Ltd")));
        String companyNote = check("POST", "/companies/{company_id}/notes", client.post("/companies/" + company + "/notes",
                Map.of("body", "Renewal", "admin_id", admin))).get("id").asText();
        check("GET", "/companies/{company_id}/notes", client.get("/companies/" + company + "/notes"));
        check("GET", "/notes/{note_id}", client.get("/notes/" + companyNote));
        check("POST", "/tags", client.post("/tags", Map.of("name", "vip", "companies", List.of(Map.of("company_id", "acme")))));
        check("DELETE", "/contacts/{contact_id}/tags/{tag_id}", client.delete(contactPath + "/tags/" + tag));
        check("DELETE", "/contacts/{contact_id}/companies/{company_id}", client.delete(contactPath + "/companies/" + company));
        check("POST", "/contacts/{contact_id}/archive", client.post(contactPath + "/archive", null));
        check("POST", "/contacts/{contact_id}/unarchive", client.post(contactPath + "/unarchive", null));
        check("POST", "/contacts/merge", client.post("/contacts/merge", Map.of("from", lead, "into", user)));

        JsonNode message = check("POST", "/messages", client.post("/messages", Map.of("message_type", "in_app", "body", "Hi",
                "from", Map.of("type", "admin", "id", Long.parseLong(admin)), "to", Map.of("type", "user", "id", user))));
        String path = "/conversations/" + message.get("conversation_id").asText();
        String other = ws.createContact(Map.of("email", "o@example.com")).get("id").asText();
        check("POST", "/conversations/{conversation_id}/customers", client.post(path + "/customers", Map.of("admin_id", admin,
                "customer", Map.of("intercom_user_id", other))));
        check("DELETE", "/conversations/{conversation_id}/customers/{contact_id}", client.send("DELETE",
                path + "/customers/" + other, Map.of("admin_id", admin)));
        check("POST", "/conversations/{conversation_id}/tags", client.post(path + "/tags", Map.of("admin_id", admin, "id", tag)));
        check("DELETE", "/conversations/{conversation_id}/tags/{tag_id}", client.send("DELETE", path + "/tags/" + tag,
                Map.of("admin_id", admin)));
        String sourceId = ws.conversation(message.get("conversation_id").asText()).get("source").get("id").asText();
        check("POST", "/conversations/redact", client.post("/conversations/redact", Map.of("type", "source",
                "conversation_id", message.get("conversation_id").asText(), "source_id", sourceId)));
        String ticket = check("POST", "/conversations/{conversation_id}/convert", client.post(path + "/convert",
                Map.of("ticket_type_id", ws.defaultTicketTypeId()))).get("id").asText();
        check("POST", "/tickets/{ticket_id}/reply", client.post("/tickets/" + ticket + "/reply", Map.of("message_type",
                "comment", "type", "admin", "admin_id", admin, "body", "Done")));
        check("POST", "/tickets/{ticket_id}/tags", client.post("/tickets/" + ticket + "/tags", Map.of("admin_id", admin,
                "id", tag)));
        check("DELETE", "/tickets/{ticket_id}/tags/{tag_id}", client.send("DELETE", "/tickets/" + ticket + "/tags/" + tag,
                Map.of("admin_id", admin)));
        check("GET", "/tickets/{ticket_id}", client.get("/tickets/" + ticket));
        check("DELETE", "/tickets/{ticket_id}", client.delete("/tickets/" + ticket));

        check("PUT", "/admins/{admin_id}/away", client.put("/admins/" + admin + "/away", Map.of("away_mode_enabled", true,
                "away_mode_reassign", false)));
        String segment = check("GET", "/segments", client.get("/segments")).get("segments").get(0).get("id").asText();
        check("GET", "/segments/{segment_id}", client.get("/segments/" + segment));
        assertEquals(202, client.post("/events", Map.of("event_name", "ordered", "created_at", 1_700_000_000L, "id", user))
                .status());
        check("GET", "/events", client.get("/events?type=user&intercom_user_id=" + user));
        check("GET", "/events", client.get("/events?type=user&user_id=u1&summary=true"));
        check("DELETE", "/companies/{company_id}", client.delete("/companies/" + company));

        assertTrue(violations.isEmpty(), () -> "the sandbox's answers differ from the 2.16 description:\n"
                                               + String.join("\n", violations));
        assertEquals(36, checked);
    }

    @Test
    void answersTheDocumentedAnswersInTheDescribedShapes() {
        for (DocumentedAnswers.Answer answer : sandbox.documentedAnswers()) {
            if (answer.body() != null) {
                SandboxClient.Response response = client.send(answer.method(), answer.path().replaceAll("\\{[^}]+}", "42"),
                        "GET".equals(answer.method()) || "DELETE".equals(answer.method()) ? null : "{}");
                for (String violation : openApi.violations(openApi.responseSchema(answer.method(), answer.path(),
                        answer.status()), response.body())) {
                    violations.add(answer.method() + " " + answer.path() + " " + violation);
                }
                checked++;
            }
        }
        assertTrue(violations.isEmpty(), () -> violations.size() + " documented answers differ from the 2.16 description:\n"
                                               + String.join("\n", violations));
        assertTrue(checked > 140, () -> checked + " answers checked");
    }

    @Test
    void answersErrorsInTheDescribedShape() {
        JsonNode errorSchema = openApi.componentSchema("error");
        List<SandboxClient.Response> errors = List.of(client.withToken("bad").get("/contacts"), client.get("/nowhere"),
                client.post("/contacts/search", Map.of("query", Map.of("field", "nope", "operator", "=", "value", 1))),
                client.post("/contacts", Map.of("role", "robot")));
        for (SandboxClient.Response error : errors) {
            List<String> found = openApi.violations(errorSchema, error.body());
            assertTrue(found.isEmpty(), () -> error.status() + " " + error.body() + ": " + found);
        }
        assertEquals(List.of(401, 404, 400, 400), errors.stream().map(SandboxClient.Response::status).toList());
    }

    @Test
    void theCheckerSeesWrongTypesNullsEnumsAndMissingRequiredProperties() {
        ObjectNode contact = (ObjectNode) client.post("/contacts", Map.of("email", "w@example.com")).body();
        JsonNode contactSchema = openApi.responseSchema("GET", "/contacts/{contact_id}", 200);
        assertTrue(openApi.violations(contactSchema, contact).isEmpty());
        contact.put("created_at", "yesterday").putNull("email");
        assertEquals(2, openApi.violations(contactSchema, contact).size(), () -> openApi.violations(contactSchema, contact)
                .toString());

        String contactId = contact.get("id").asText();
        ObjectNode message = (ObjectNode) client.post("/conversations", Map.of("from", Map.of("type", "user", "id", contactId),
                "body", "x")).body();
        JsonNode messageSchema = openApi.responseSchema("POST", "/conversations", 200);
        message.remove("conversation_id");
        assertEquals(List.of("$: required property conversation_id is missing"), openApi.violations(messageSchema, message));

        ObjectNode conversation = sandbox.workspace().conversations().get(0);
        conversation.put("state", "weird");
        assertEquals(1, openApi.violations(openApi.responseSchema("GET", "/conversations/{conversation_id}", 200),
                conversation).size());
    }

    private JsonNode check(String method, String specPath, SandboxClient.Response response) {
        assertEquals(200, response.status(), () -> method + " " + specPath + ": " + response.body());
        checked++;
        for (String violation : openApi.violations(openApi.responseSchema(method, specPath, 200), response.body())) {
            violations.add(method + " " + specPath + " " + violation);
        }
        return response.body();
    }
}
