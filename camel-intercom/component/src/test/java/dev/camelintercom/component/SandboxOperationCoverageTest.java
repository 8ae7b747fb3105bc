/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.component.api.RequiredInputs;
import dev.camelintercom.sandbox.SandboxRequests;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelintercom.component.IntercomConstants.ADMIN_ID;
import static dev.camelintercom.component.IntercomConstants.COMPANY_EXTERNAL_ID;
import static dev.camelintercom.component.IntercomConstants.COMPANY_ID;
import static dev.camelintercom.component.IntercomConstants.CONTACT_ID;
import static dev.camelintercom.component.IntercomConstants.CONVERSATION_ID;
import static dev.camelintercom.component.IntercomConstants.EXTERNAL_ID;
import static dev.camelintercom.component.IntercomConstants.NOTE_ID;
import static dev.camelintercom.component.IntercomConstants.SEGMENT_ID;
import static dev.camelintercom.component.IntercomConstants.TAG_ID;
import static dev.camelintercom.component.IntercomConstants.TEAM_ID;
import static dev.camelintercom.component.IntercomConstants.TICKET_ID;
import static dev.camelintercom.component.IntercomConstants.TICKET_TYPE_ID;
import static dev.camelintercom.component.IntercomConstants.USER_ID;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of the operation table, all 231 operations of Intercom's description, is served by the sandbox: one valid
 * message per row goes through the producer to a seeded sandbox, which must answer it on the row's own route with a
 * success that the producer reads into the row's type (its model, a list of it, or a JSON tree). The hand-written rows
 * are the calls the workspace keeps: each has a call below (a list answers the seeded objects), and a row without one
 * fails, so that no operation lands without a sandbox route and a call that shows it. The generated rows send the
 * inputs the description marks required, with the seeded ids, and most are answered with their documented answer. The routes table of {@code docs/sandbox.md} holds every row, and every
 * route it lists is served.
 */
class SandboxOperationCoverageTest extends SandboxTestSupport {

    /** What a row's message carries: endpoint options, headers and body. */
    private record Call(String uriOptions, Map<String, Object> headers, Object body) {
    }

    /** The seeded objects the calls refer to. */
    private record Fixture(String admin, String team, String user, String lead, String company, String tag,
            String conversation, String part, String ticket, String ticketType, String note, String segment) {
    }

    private static final Map<String, Function<Fixture, Call>> CALLS = new LinkedHashMap<>();
    /**
     * Another allowed value of a required field, where the first one needs fields the description does not require
     * (a generic {@code POST /conversations/{id}/parts} of {@code close} needs {@code type}, as SPEC-NOTES.md says).
     */
    private static final Map<String, Map<String, String>> REQUIRED_VALUES = Map.of("conversation.manage",
            Map.of("message_type", "open"));
    private static final Path SANDBOX_MD = Path.of("../../docs/sandbox.md");
    /** {@code `GET`/`PUT /contacts/{contact_id}`} in the routes table: the methods, then the path. */
    private static final Pattern DOCUMENTED_ROUTE = Pattern.compile("`((?:(?:GET|POST|PUT|DELETE)`/`)*(?:GET|POST|PUT|DELETE)) (/[^`\\s]*)`");

    static {
        row("contact.create", f -> call(null, Map.of("email", "new@example.com")));
        row("contact.get", f -> call(null, null, CONTACT_ID, f.user()));
        row("contact.update", f -> call(null, Map.of("name", "Renamed"), CONTACT_ID, f.user()));
        row("contact.delete", f -> call(null, null, CONTACT_ID, f.lead()));
        row("contact.list", f -> call(null, null));
        row("contact.search", f -> call(null, Map.of("field", "email", "operator", "=", "value", "user@example.com")));
        row("contact.findByExternalId", f -> call(null, null, EXTERNAL_ID, "user-1"));
        row("contact.archive", f -> call(null, null, CONTACT_ID, f.user()));
        row("contact.unarchive", f -> call(null, null, CONTACT_ID, f.user()));
        row("contact.merge", f -> call(null, Map.of("from", f.lead(), "into", f.user())));
        row("contact.listTags", f -> call(null, null, CONTACT_ID, f.user()));
        row("contact.attachTag", f -> call(null, null, CONTACT_ID, f.lead(), TAG_ID, f.tag()));
        row("contact.detachTag", f -> call(null, null, CONTACT_ID, f.user(), TAG_ID, f.tag()));
        row("contact.listCompanies", f -> call(null, null, CONTACT_ID, f.user()));
        row("contact.attachCompany", f -> call(null, null, CONTACT_ID, f.lead(), COMPANY_ID, f.company()));
        row("contact.detachCompany", f -> call(null, null, CONTACT_ID, f.user(), COMPANY_ID, f.company()));
        row("contact.listSegments", f -> call(null, null, CONTACT_ID, f.user()));
        row("contact.listSubscriptions", f -> call(null, null, CONTACT_ID, f.user()));

        row("company.createOrUpdate", f -> call(null, Map.of("company_id", "globex", "name", "Globex")));
        row("company.get", f -> call(null, null, COMPANY_ID, f.company()));
        row("company.find", f -> call(null, null, COMPANY_EXTERNAL_ID, "acme"));
        row("company.update", f -> call(null, Map.of("name", "Acme Ltd"), COMPANY_ID, f.company()));
        row("company.delete", f -> call(null, null, COMPANY_ID, f.company()));
        row("company.list", f -> call(null, null));
        row("company.scroll", f -> call(null, null));
        row("company.listContacts", f -> call(null, null, COMPANY_ID, f.company()));
        row("company.listSegments", f -> call(null, null, COMPANY_ID, f.company()));

        row("conversation.create", f -> call(null, Map.of("body", "Hello again"), CONTACT_ID, f.user()));
        row("conversation.get", f -> call(null, null, CONVERSATION_ID, f.conversation()));
        row("conversation.update", f -> call(null, Map.of("read", true), CONVERSATION_ID, f.conversation()));
        row("conversation.list", f -> call(null, null));
        row("conversation.search", f -> call(null, Map.of("field", "open", "operator", "=", "value", true)));
        for (String name : List.of("reply", "note")) {
            row("conversation." + name, f -> call(f.admin(), Map.of("body", "On it"), CONVERSATION_ID, f.conversation()));
        }
        for (String name : List.of("close", "open", "unassign")) {
            row("conversation." + name, f -> call(f.admin(), null, CONVERSATION_ID, f.conversation()));
        }
        row("conversation.snooze", f -> call(f.admin(), Map.of("snoozed_until", 1_900_000_000L), CONVERSATION_ID,
                f.conversation()));
        row("conversation.assign", f -> call(f.admin(), Map.of("assignee_id", f.admin()), CONVERSATION_ID, f.conversation()));
        row("conversation.attachContact", f -> call(f.admin(), null, CONVERSATION_ID, f.conversation(), CONTACT_ID, f.lead()));
        row("conversation.detachContact", f -> call(f.admin(), null, CONVERSATION_ID, f.conversation(), CONTACT_ID, f.user()));
        row("conversation.attachTag", f -> call(f.admin(), null, CONVERSATION_ID, f.conversation(), TAG_ID, f.tag()));
        row("conversation.detachTag", f -> call(f.admin(), null, CONVERSATION_ID, f.conversation(), TAG_ID, f.tag()));
        row("conversation.convertToTicket", f -> call(null, null, CONVERSATION_ID, f.conversation(), TICKET_TYPE_ID,
                f.ticketType()));
        row("conversation.redact", f -> call(null, Map.of("conversation_part_id", f.part()), CONVERSATION_ID,
                f.conversation()));

        row("ticket.create", f -> call(null, Map.of("ticket_attributes", Map.of("_default_title_", "Broken")),
                TICKET_TYPE_ID, f.ticketType(), CONTACT_ID, f.user()));
        row("ticket.get", f -> call(null, null, TICKET_ID, f.ticket()));
        row("ticket.update", f -> call(f.admin(), Map.of("open", false), TICKET_ID, f.ticket()));
        row("ticket.delete", f -> call(null, null, TICKET_ID, f.ticket()));
        row("ticket.search", f -> call(null, Map.of("field", "open", "operator", "=", "value", true)));
        row("ticket.reply", f -> call(f.admin(), Map.of("body", "Fixed"), TICKET_ID, f.ticket()));
        row("ticket.attachTag", f -> call(f.admin(), null, TICKET_ID, f.ticket(), TAG_ID, f.tag()));
        row("ticket.detachTag", f -> call(f.admin(), null, TICKET_ID, f.ticket(), TAG_ID, f.tag()));
        row("ticket.listTypes", f -> call(null, null));
        row("ticket.getType", f -> call(null, null, TICKET_TYPE_ID, f.ticketType()));

        row("message.create", f -> call(f.admin(), Map.of("message_type", "in_app", "body", "Welcome",
                "to", Map.of("type", "user", "id", f.user()))));

        row("note.create /contacts/{contact_id}/notes", f -> call(f.admin(), Map.of("body", "Called"), CONTACT_ID, f.user()));
        row("note.create /companies/{company_id}/notes", f -> call(f.admin(), Map.of("body", "Renewal"), COMPANY_ID,
                f.company()));
        row("note.list /contacts/{contact_id}/notes", f -> call(null, null, CONTACT_ID, f.user()));
        row("note.list /companies/{company_id}/notes", f -> call(null, null, COMPANY_ID, f.company()));
        row("note.get", f -> call(null, null, NOTE_ID, f.note()));

        row("tag.list", f -> call(null, null));
        row("tag.get", f -> call(null, null, TAG_ID, f.tag()));
        row("tag.createOrUpdate", f -> call(null, Map.of("name", "churn-risk")));
        row("tag.delete", f -> call(null, null, TAG_ID, f.tag()));
        row("tag.tagContacts", f -> call(null, Map.of("name", "vip", "users", List.of(Map.of("id", f.lead())))));
        row("tag.tagCompanies", f -> call(null, Map.of("name", "vip", "companies", List.of(Map.of("id", f.company())))));
        row("tag.untagCompanies", f -> call(null, Map.of("name", "vip", "companies", List.of(Map.of("company_id", "acme")))));

        row("admin.me", f -> call(null, null));
        row("admin.list", f -> call(null, null));
        row("admin.get", f -> call(null, null, ADMIN_ID, f.admin()));
        row("admin.setAway", f -> call(null, null, ADMIN_ID, f.admin()));
        row("team.list", f -> call(null, null));
        row("team.get", f -> call(null, null, TEAM_ID, f.team()));

        row("event.create", f -> call(null, Map.of("event_name", "invited-friend"), CONTACT_ID, f.user()));
        row("event.list", f -> call(null, null, USER_ID, "user-1"));
        row("event.summaries", f -> call(null, Map.of("event_summaries", Map.of("event_name", "invited-friend", "count", 2,
                "first", 1_700_000_000L, "last", 1_700_000_100L)), USER_ID, "user-1"));
        row("segment.list", f -> call(null, null));
        row("segment.get", f -> call(null, null, SEGMENT_ID, f.segment()));
    }

    private Fixture fixture;

    static Stream<OperationDefinition> rows() {
        // one message per call: a second variant of the same call (company.find without a filter) is the same route
        Set<String> calls = new java.util.HashSet<>();
        return IntercomOperations.all().stream()
                .filter(def -> calls.add(def.fullName() + " " + def.method() + " " + def.pathTemplate()));
    }

    @Override
    protected void seed(Workspace ws) {
        String user = ws.createContact(Map.of("email", "user@example.com", "external_id", "user-1", "name", "User"))
                .get("id").asText();
        String lead = ws.createContact(Map.of("role", "lead", "email", "lead@example.com")).get("id").asText();
        String company = ws.createOrUpdateCompany(Map.of("company_id", "acme", "name", "Acme")).get("id").asText();
        ws.attachContactToCompany(user, company);
        String tag = ws.createTag("vip").get("id").asText();
        ws.tagContact(user, tag);
        String conversation = ws.createConversation(user, "Hello").get("id").asText();
        String part = ws.replyToConversation(conversation, Map.of("message_type", "comment", "type", "admin",
                "admin_id", ws.adminId(), "body", "Hi")).get("conversation_parts").get("conversation_parts").get(0)
                .get("id").asText();
        ws.tagConversation(conversation, tag);
        String ticket = ws.createTicket(user, "Charged twice").get("id").asText();
        ws.tagTicket(ticket, tag);
        String note = ws.createNote(user, Map.of("body", "First call")).get("id").asText();
        ws.createCompanyNote(company, Map.of("body", "Signed"));
        String segment = ws.segments().get(0).get("id").asText();
        ws.createSegment("Companies", doc -> "company".equals(doc.path("type").asText()));
        ws.createEvent(Map.of("event_name", "signed-in", "created_at", 1_700_000_000L, "id", user));
        fixture = new Fixture(ws.adminId(), ws.teams().get(0).get("id").asText(), user, lead, company, tag, conversation,
                part, ticket, ws.defaultTicketTypeId(), note, segment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theSandboxServesTheRow(OperationDefinition row) {
        Call call = row.isHandWritten() ? handWrittenCall(row) : requiredInputs(row);
        String uri = "intercom:" + row.resource() + "?operation=" + row.name()
                     + (call.uriOptions() == null ? "" : "&" + call.uriOptions());
        Exchange result = template.send(uri, e -> {
            e.getMessage().setHeaders(new HashMap<>(call.headers()));
            e.getMessage().setBody(call.body());
        });
        assertNull(result.getException(), () -> row + " failed: " + result.getException());

        List<SandboxRequests.Recorded> requests = sandbox.requests().all();
        assertEquals(1, requests.size(), "one request per message");
        SandboxRequests.Recorded request = requests.get(0);
        assertEquals(row.method(), request.method());
        assertTrue(request.path().matches(row.pathTemplate().replaceAll("\\{[a-z_]+}", "[^/]+")),
                () -> request.path() + " is not " + row.pathTemplate());
        assertTrue(request.status() >= 200 && request.status() < 300, () -> row + " answered " + request.status());

        Object body = result.getMessage().getBody();
        switch (row.result()) {
            case OBJECT, FIRST_OF_LIST -> assertInstanceOf(row.modelClass(), body, row::toString);
            case LIST -> {
                List<?> items = assertInstanceOf(List.class, body, row::toString);
                // the workspace lists what the fixture seeded; a documented answer lists its example's items
                assertFalse(row.isHandWritten() && items.isEmpty(), () -> row + " listed nothing");
                Class<?> itemType = row.modelClass() == null ? JsonNode.class : row.modelClass();
                items.forEach(item -> assertInstanceOf(itemType, item, row::toString));
            }
            case JSON -> assertInstanceOf(JsonNode.class, body, row::toString);
            case NONE -> assertEquals(call.body(), body, "the body stays as it was");
        }
    }

    private Call handWrittenCall(OperationDefinition row) {
        Function<Fixture, Call> callOf = CALLS.getOrDefault(row.fullName() + " " + row.pathTemplate(),
                CALLS.get(row.fullName()));
        assertNotNull(callOf, () -> "no sandbox call for the table row " + row.fullName() + " " + row.method() + " "
                                    + row.pathTemplate() + ": serve it in the sandbox and add a call here");
        return callOf.apply(fixture);
    }

    /**
     * A generated row's message: the inputs the description marks required, with the ids of the seeded objects where
     * the workspace keeps the call (and made-up ones, which a documented answer echoes, elsewhere).
     */
    private Call requiredInputs(OperationDefinition row) {
        Map<String, String> ids = Map.of("contact_id", fixture.user(), "company_id", fixture.company(),
                "conversation_id", fixture.conversation(), "ticket_id", fixture.ticket(), "tag_id", fixture.tag(),
                "admin_id", fixture.admin(), "team_id", fixture.team(), "note_id", fixture.note(),
                "segment_id", fixture.segment(), "ticket_type_id", fixture.ticketType());
        RequiredInputs.Message message = RequiredInputs.of(row, ids::get);
        if (message.body() != null) {
            // the ids in the body of a call the workspace keeps (the acting admin) must be ones it has
            ids.forEach((field, id) -> {
                if (message.body().has(field)) {
                    message.body().put(field, id);
                }
            });
            REQUIRED_VALUES.getOrDefault(row.fullName(), Map.of()).forEach(message.body()::put);
        }
        return new Call(null, message.headers(), message.body() == null ? "unchanged" : message.body().toString());
    }

    @Test
    void everyCallIsForARowOfTheTable() {
        Set<String> keys = new TreeSet<>();
        for (OperationDefinition row : IntercomOperations.all().stream().filter(OperationDefinition::isHandWritten).toList()) {
            keys.add(row.fullName());
            keys.add(row.fullName() + " " + row.pathTemplate());
        }
        assertEquals(Set.of(), new TreeSet<>(CALLS.keySet()).stream().filter(k -> !keys.contains(k)).collect(toSet()),
                "calls for operations the table does not have");
    }

    @Test
    void theRoutesTableOfTheSandboxPageHoldsEveryRowAndOnlyServedRoutes() throws Exception {
        Set<String> documented = documentedRoutes();
        Set<String> undocumented = new TreeSet<>();
        for (OperationDefinition row : IntercomOperations.all().stream().filter(OperationDefinition::isHandWritten).toList()) {
            if (!documented.contains(row.method() + " " + row.pathTemplate())) {
                undocumented.add(row.fullName() + ": " + row.method() + " " + row.pathTemplate());
            }
        }
        assertEquals(Set.of(), undocumented, "table rows missing from the routes table of " + SANDBOX_MD);

        HttpClient http = HttpClient.newHttpClient();
        Set<String> unserved = new TreeSet<>();
        for (String route : documented) {
            String[] methodAndPath = route.split(" ", 2);
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri()
                                                                    + methodAndPath[1].replaceAll("\\{[a-z_]+}", "0")))
                    .header("Authorization", "Bearer " + sandbox.accessToken())
                    .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString("{}")).build();
            String answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            if (answer.contains("Resource Not Found: ")) {
                unserved.add(route);
            }
        }
        assertEquals(Set.of(), unserved, "routes that " + SANDBOX_MD + " lists but the sandbox does not serve");
    }

    private static Set<String> documentedRoutes() throws IOException {
        String page = Files.readString(SANDBOX_MD);
        String table = page.substring(page.indexOf("## The API it serves"), page.indexOf("### Requests and errors"));
        Set<String> routes = new TreeSet<>();
        Matcher m = DOCUMENTED_ROUTE.matcher(table);
        while (m.find()) {
            for (String method : m.group(1).split("`/`")) {
                routes.add(method + " " + m.group(2));
            }
        }
        assertTrue(routes.size() > 50, () -> "the routes table was read: " + routes);
        return routes;
    }

    private static void row(String key, Function<Fixture, Call> call) {
        CALLS.put(key, call);
    }

    /** A call with the acting admin as the {@code adminId} option (or none), a body, and header name/value pairs. */
    private static Call call(String adminId, Object body, String... headerPairs) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        return new Call(adminId == null ? null : "adminId=" + adminId, headers, body);
    }
}
