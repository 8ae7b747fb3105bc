/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's filters and starting points, what they send to Intercom and what they let through; and the
 * options that do not fit a resource, rejected when the route starts.
 */
@Timeout(60)
class ConsumerOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntercomSandbox sandbox;
    private final List<String> conversations = new ArrayList<>();

    @BeforeEach
    void fiveConversationsOneSecondApart() {
        sandbox = IntercomSandbox.start(SandboxOptions.defaults().clock(SandboxClock.manual(IntercomConsumerTest.T0)));
        String contact = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
        for (int i = 0; i < 5; i++) {
            conversations.add(sandbox.workspace().createConversation(contact, "Hello " + i).get("id").asText());
            sandbox.clock().advance(1);
        }
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void filterStateKeepsOnlyOpenConversationsAndIsSentAsALeafOfTheAndGroup() throws Exception {
        sandbox.workspace().closeConversation(conversations.get(1));
        sandbox.workspace().closeConversation(conversations.get(3));
        List<String> emitted = drain("intercom:conversation?startFrom=beginning&filterState=open");
        assertEquals(List.of(conversations.get(0), conversations.get(2), conversations.get(4)), emitted);
        assertTrue(lastSearchLeaves().contains(leaf("state", "=", JSON.valueToTree("open"))), lastSearchLeaves().toString());
    }

    @Test
    void filterTagIdKeepsOnlyTaggedConversations() throws Exception {
        String tag = sandbox.workspace().createTag("vip").get("id").asText();
        sandbox.workspace().tagConversation(conversations.get(2), tag);
        assertEquals(List.of(conversations.get(2)), drain("intercom:conversation?startFrom=beginning&filterTagId=" + tag));
        assertTrue(lastSearchLeaves().contains(leaf("tag_ids", "=", JSON.valueToTree(tag))));
    }

    @Test
    void filterTeamIdIsSentAsTheIntegerConversationSearchDeclares() throws Exception {
        assertEquals(List.of(), drain("intercom:conversation?startFrom=beginning&filterTeamId=42"));
        assertTrue(lastSearchLeaves().contains(leaf("team_assignee_id", "=", JSON.valueToTree(42))),
                lastSearchLeaves().toString());
    }

    @Test
    void aUserQueryIsCombinedWithTheTimeWindowAndAnAndGroupIsMergedIntoIt() throws Exception {
        String query = "{\"operator\":\"AND\",\"value\":[{\"field\":\"id\",\"operator\":\"IN\",\"value\":[\""
                       + conversations.get(1) + "\",\"" + conversations.get(4) + "\"]},"
                       + "{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}]}";
        List<String> emitted = drain("intercom:conversation?startFrom=beginning&query=RAW(" + query + ")");
        assertEquals(List.of(conversations.get(1), conversations.get(4)), emitted);
        List<JsonNode> leaves = lastSearchLeaves();
        assertEquals(3, leaves.size(), "the time filter and the query's two leaves, in one group: " + leaves);
        assertEquals("created_at", leaves.get(0).path("field").asText());
    }

    @ParameterizedTest(name = "startFrom={0}")
    @CsvSource({ "1767225602, 2", "2026-01-01T00:00:03Z, 3", "beginning, 0" })
    void startFromSkipsWhatCameBefore(String startFrom, int firstEmitted) throws Exception {
        assertEquals(conversations.subList(firstEmitted, 5), drain("intercom:conversation?startFrom=" + startFrom));
    }

    @Test
    void startFromNowSkipsEverythingThatExists() throws Exception {
        // the sandbox clock stands in 2026-01-01, before the consumer's now
        assertEquals(List.of(), drain("intercom:conversation"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "intercom:tag|a consumer polls conversation, ticket, contact, company, not tag",
            "intercom:conversation?startFrom=yesterday|startFrom must be now, beginning, Unix seconds or an ISO-8601 instant",
            "intercom:contact?filterState=open|filterState does not apply to contact",
            "intercom:company?query=RAW({\"field\":\"name\",\"operator\":\"=\",\"value\":\"x\"})|companies cannot be searched",
            "intercom:conversation?query=RAW(not json)|query is not valid JSON",
            "intercom:conversation?perPage=151|perPage must be between 1 and 150" })
    void optionsThatDoNotFitTheResourceFailWhenTheRouteStarts(String uri, String message) throws Exception {
        try (ConsumerHarness camel = new ConsumerHarness(sandbox).route("r", uri)) {
            Exception e = assertThrows(Exception.class, camel::start);
            String all = messages(e);
            assertTrue(all.contains(message), all);
        }
        assertEquals(0, sandbox.requests().count(), "nothing may be sent");
    }

    private List<String> drain(String uri) throws Exception {
        try (ConsumerHarness camel = new ConsumerHarness(sandbox).route("r", uri + (uri.contains("?") ? "&" : "?")
                                                                                 + "startScheduler=false").start()) {
            camel.drain("r");
            return camel.ids("conversation");
        }
    }

    private List<JsonNode> lastSearchLeaves() throws Exception {
        List<dev.camelintercom.sandbox.SandboxRequests.Recorded> all = sandbox.requests().all();
        JsonNode body = JSON.readTree(all.get(all.size() - 1).body());
        List<JsonNode> leaves = new ArrayList<>();
        body.path("query").path("value").forEach(leaves::add);
        return leaves;
    }

    private static JsonNode leaf(String field, String operator, JsonNode value) {
        return JSON.createObjectNode().put("field", field).put("operator", operator).set("value", value);
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
