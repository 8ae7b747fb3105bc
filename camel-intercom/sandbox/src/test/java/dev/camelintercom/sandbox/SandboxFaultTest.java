/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults on demand: which requests get them, what the client sees, and whether the workspace changed. */
class SandboxFaultTest {

    private IntercomSandbox sandbox;
    private SandboxClient client;
    private String contactId;

    @BeforeEach
    void start() {
        sandbox = IntercomSandbox.start();
        client = new SandboxClient(sandbox);
        contactId = sandbox.workspace().createContact(Map.of("email", "f@example.com")).get("id").asText();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void resetsTheConnectionBeforeProcessing() {
        sandbox.faults().nextRequests(1, SandboxFault.connectionReset());
        assertThrows(IllegalStateException.class, () -> client.post("/contacts", Map.of("email", "lost@example.com")));
        assertEquals(1, sandbox.workspace().contacts().size(), "nothing was created");
        SandboxRequests.Recorded recorded = last();
        assertEquals(0, recorded.status());
        assertEquals("connection reset", recorded.fault());
        assertEquals(200, client.post("/contacts", Map.of("email", "lost@example.com")).status(), "one request only");
    }

    @Test
    void resetsTheConnectionAfterTheChangeWasMade() {
        sandbox.faults().nextRequests(1, "POST", "/conversations", SandboxFault.connectionReset().afterProcessing());
        assertThrows(IllegalStateException.class, () -> client.post("/conversations",
                Map.of("from", Map.of("type", "user", "id", contactId), "body", "did it arrive?")));
        assertEquals(1, sandbox.workspace().conversations().size(), "the conversation exists though the client saw a reset");
        assertEquals("connection reset after processing", last().fault());
    }

    @Test
    void answersAnErrorStatusOnlyOnTheChosenPath() {
        sandbox.faults().nextRequests(2, "POST", "/conversations/{id}/parts", SandboxFault.status(503));
        String conversation = sandbox.workspace().createConversation(contactId, "hi").get("id").asText();
        assertEquals(200, client.get("/conversations/" + conversation).status(), "another path");
        Map<String, Object> close = Map.of("message_type", "close", "type", "admin", "admin_id", sandbox.workspace().adminId());
        for (int i = 0; i < 2; i++) {
            SandboxClient.Response failed = client.post("/conversations/" + conversation + "/parts", close);
            assertEquals(503, failed.status());
            assertEquals("service_unavailable", failed.errorCode());
            IntercomSandboxTest.assertErrorList(failed.body());
            assertTrue(failed.header("X-RateLimit-Limit").isEmpty(), "an infrastructure error, not Intercom's answer");
        }
        assertEquals("open", sandbox.workspace().conversation(conversation).get("state").asText(), "not processed");
        assertEquals(0, sandbox.faults().pending());
        assertEquals(200, client.post("/conversations/" + conversation + "/parts", close).status());
    }

    @Test
    void failsWithA500AfterProcessing() {
        sandbox.faults().nextRequests(1, SandboxFault.status(500).afterProcessing());
        SandboxClient.Response failed = client.put("/contacts/" + contactId, Map.of("name", "Changed"));
        assertEquals(500, failed.status());
        assertEquals("server_error", failed.errorCode());
        assertEquals("Changed", sandbox.workspace().contact(contactId).get("name").asText());
    }

    @Test
    void sendsMalformedJson() {
        sandbox.faults().nextRequests(1, "GET", "/contacts/*", SandboxFault.malformedJson().afterProcessing());
        SandboxClient.Response broken = client.get("/contacts/" + contactId);
        assertEquals(200, broken.status());
        assertNull(broken.body(), "not parseable");
        assertTrue(broken.raw().body().startsWith("{\"type\":\"contact\""));
    }

    @Test
    void answersA429WithTheHeadersOfTheSpentWindow() {
        sandbox.faults().nextRequests(1, SandboxFault.rateLimited()).nextRequests(1, SandboxFault.status(429));
        long now = sandbox.clock().now();

        SandboxClient.Response limited = client.get("/contacts/" + contactId);
        SandboxClient.Response bare = client.get("/contacts/" + contactId);
        // the second may have turned between the two readings of the clock: the window is the one of either
        long after = sandbox.clock().now();

        assertEquals(429, limited.status());
        assertEquals("rate_limit_exceeded", limited.errorCode());
        assertEquals(String.valueOf(SandboxOptions.DEFAULT_RATE_LIMIT), limited.header("X-RateLimit-Limit").orElseThrow());
        assertEquals("0", limited.header("X-RateLimit-Remaining").orElseThrow());
        long reset = Long.parseLong(limited.header("X-RateLimit-Reset").orElseThrow());
        assertTrue(reset > now && reset <= after + SandboxOptions.DEFAULT_RATE_LIMIT_WINDOW_SECONDS, "reset " + reset);
        assertEquals(429, bare.status());
        assertTrue(bare.header("X-RateLimit-Reset").isEmpty(), "status(429) carries no rate-limit headers");
        assertEquals("1666", client.get("/contacts/" + contactId).header("X-RateLimit-Remaining").orElseThrow(),
                "refused calls use none of the budget");
    }

    @Test
    void answersAnHtmlErrorPage() {
        sandbox.faults().nextRequests(1, "POST", "/contacts", SandboxFault.htmlPage(502));

        SandboxClient.Response page = client.post("/contacts", Map.of("email", "html@example.com"));

        assertEquals(502, page.status());
        assertNull(page.body(), "not JSON");
        assertTrue(page.raw().body().startsWith("<html>"), page.raw().body());
        assertTrue(page.header("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals(1, sandbox.workspace().contacts().size(), "not processed");
    }

    @Test
    void answersAnEmptyBodyAfterProcessing() {
        sandbox.faults().nextRequests(1, SandboxFault.emptyBody().afterProcessing());

        SandboxClient.Response empty = client.put("/contacts/" + contactId, Map.of("name", "Emptied"));

        assertEquals(200, empty.status());
        assertEquals("", empty.raw().body());
        assertEquals("Emptied", sandbox.workspace().contact(contactId).get("name").asText());
        assertEquals("empty body after processing", last().fault());
    }

    @Test
    void picksTheRequestByATextOfItsBody() {
        sandbox.faults().nextRequests(1, "POST", "/conversations", "second", SandboxFault.status(503));
        Map<String, Object> from = Map.of("type", "user", "id", contactId);

        assertEquals(200, client.post("/conversations", Map.of("from", from, "body", "first")).status());
        assertEquals(503, client.post("/conversations", Map.of("from", from, "body", "second")).status());
        assertEquals(0, sandbox.faults().pending());
    }

    @Test
    void delaysTheRealAnswer() {
        sandbox.faults().nextRequests(1, SandboxFault.delay(Duration.ofMillis(400)));
        long start = System.nanoTime();
        SandboxClient.Response slow = client.post("/tags", Map.of("name", "slow"));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, slow.status());
        assertTrue(tookMillis >= 400, "took " + tookMillis + " ms");
        assertEquals(1, sandbox.workspace().tags().size());
        assertTrue(slow.header("X-RateLimit-Remaining").isPresent());
    }

    @Test
    void usesRulesInOrderAndCanBeCleared() {
        sandbox.faults().nextRequests(1, SandboxFault.status(502)).nextRequests(1, SandboxFault.status(504));
        assertEquals(502, client.get("/me").status());
        assertEquals("request_timeout", client.get("/me").errorCode());
        sandbox.faults().nextRequests(5, SandboxFault.connectionReset());
        assertEquals(5, sandbox.faults().pending());
        sandbox.faults().clear();
        assertEquals(200, client.get("/me").status());
        List<SandboxRequests.Recorded> all = sandbox.requests().all();
        assertEquals(List.of(502, 504, 200), all.stream().map(SandboxRequests.Recorded::status).toList());
        assertFalse(sandbox.requests().countsByPath().isEmpty());
        assertEquals(3, sandbox.requests().count("GET", "/me"));
    }

    private SandboxRequests.Recorded last() {
        List<SandboxRequests.Recorded> all = sandbox.requests().all();
        return all.get(all.size() - 1);
    }
}
