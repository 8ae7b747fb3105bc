/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operations the workspace does not keep answer with their documented answer and status, through the same checks
 * as every call (token, rate limit, faults, recording); the stateful routes keep their calls; an unknown path is 404.
 */
class SandboxDocumentedAnswersTest {

    private IntercomSandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() {
        sandbox = IntercomSandbox.start(SandboxOptions.defaults().unlimited());
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyOperationTheWorkspaceDoesNotKeepAnswersWithItsDocumentedStatusAndBody() {
        List<DocumentedAnswers.Answer> documented = sandbox.documentedAnswers();
        assertEquals(231 - 72, documented.size(), "the 231 operations of 2.16 but the 72 calls the workspace keeps");
        List<String> wrong = new ArrayList<>();
        for (DocumentedAnswers.Answer answer : documented) {
            SandboxClient.Response response = client.send(answer.method(), answer.path().replaceAll("\\{[^}]+}", "42"),
                    "GET".equals(answer.method()) || "DELETE".equals(answer.method()) ? null : "{}");
            boolean right = response.status() == answer.status() && (answer.body() == null
                    ? response.raw().body().isEmpty()
                    : response.body() != null && response.body().getNodeType() == answer.body().getNodeType()
                      && response.body().path("type").equals(answer.body().path("type")));
            if (!right) {
                wrong.add(answer.method() + " " + answer.path() + " answered " + response.status() + " "
                          + response.raw().body());
            }
        }
        assertEquals(List.of(), wrong, "documented answers not served as documented");
        assertEquals(documented.size(), sandbox.requests().all().size(), "every call recorded");
    }

    @Test
    void echoesThePathIdAndAnswersAListAsItsOnlyPage() {
        SandboxClient.Response article = client.get("/articles/4711");
        assertEquals(200, article.status());
        assertEquals("article", article.body().path("type").asText());
        assertEquals("4711", article.body().path("id").asText());

        SandboxClient.Response articles = client.get("/articles");
        assertEquals(200, articles.status());
        assertTrue(articles.body().path("pages").path("next").isMissingNode(), articles.body()::toString);
        assertFalse(articles.body().path("data").isEmpty(), "the example's items");
    }

    @Test
    void theStatefulRoutesKeepTheirCalls() {
        assertEquals(404, client.get("/contacts/42").status(), "no such contact in the workspace");
        String id = sandbox.workspace().createContact(Map.of("email", "kept@example.com")).get("id").asText();
        assertEquals("kept@example.com", client.get("/contacts/" + id).body().path("email").asText());
        sandbox.workspace().createTag("kept");
        assertEquals("kept", client.get("/tags").body().path("data").path(0).path("name").asText(), "the workspace's tags");
    }

    @Test
    void anUnknownPathOrMethodIsNotFound() {
        SandboxClient.Response path = client.get("/no_such_resource/42");
        assertEquals(404, path.status());
        assertEquals("not_found", path.errorCode());
        assertEquals(404, client.send("PATCH", "/articles/42", "{}").status(), "the description has no PATCH of articles");
    }

    @Test
    void theTokenRateLimitAndFaultsApply() {
        assertEquals(401, client.withToken("wrong").get("/articles/1").status());
        sandbox.faults().nextRequests(1, "GET", "/help_center/collections", SandboxFault.status(503));
        assertEquals(503, client.get("/help_center/collections").status());
        assertEquals(200, client.get("/help_center/collections").status());
        assertEquals(3, sandbox.requests().all().size(), "every call recorded");
        sandbox.close();

        sandbox = IntercomSandbox.start(SandboxOptions.defaults().rateLimit(1));
        client = new SandboxClient(sandbox);
        assertEquals(200, client.get("/articles/1").status());
        SandboxClient.Response limited = client.get("/articles/1");
        assertEquals(429, limited.status());
        assertNull(limited.body().path("id").textValue(), "no answer beyond the limit");
    }
}
