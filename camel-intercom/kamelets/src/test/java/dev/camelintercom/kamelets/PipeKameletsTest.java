/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actions chained in a Pipe, each taking what the one before output, and the sink Kamelet, against the sandbox.
 */
class PipeKameletsTest extends KameletTestSupport {

    /**
     * Steps whose properties hold placeholders or spaces are named by their URI: Camel 4.18.0 URL-encodes a Pipe's
     * {@code properties} without decoding them (CAMEL-23594), see docs/kamelets.md.
     */
    @Test
    void aPipeCreatesAContactAndTagsIt() throws Exception {
        String tagId = sandbox.workspace().createTag("lead-form").get("id").asText();
        load("leads", """
                apiVersion: camel.apache.org/v1
                kind: Pipe
                metadata:
                  name: leads
                spec:
                  source:
                    uri: direct:leads
                  steps:
                    - ref:
                        kind: Kamelet
                        apiVersion: camel.apache.org/v1
                        name: intercom-create-contact-action
                      properties:
                        role: lead
                    - uri: "kamelet:intercom-tag-contact-action?contactId=${header.CamelIntercomResourceId}&tagId=%s"
                  sink:
                    uri: direct:done
                """.formatted(tagId));
        load("done", """
                - route:
                    from:
                      uri: direct:done
                      steps:
                        - setBody:
                            simple: "${header.CamelIntercomResourceId}"
                """);

        String done = template.requestBody("direct:leads", "{\"email\": \"lin@example.com\", \"name\": \"Lin\"}",
                String.class);

        JsonNode contact = sandbox.workspace().contacts().stream()
                .filter(c -> "lin@example.com".equals(c.path("email").asText())).findFirst().orElseThrow();
        assertEquals(tagId, done, "the output of the last step, the tag");
        assertEquals("lead", contact.get("role").asText());
        assertTrue(contact.at("/tags/data").toString().contains(tagId), contact.toString());
        assertEquals(1, sandbox.requests().count("POST", "/contacts"));
        assertEquals(1, sandbox.requests().count("POST", "/contacts/" + contact.get("id").asText() + "/tags"));
    }

    @Test
    void theSinkRunsAnyOperationNamedByItsProperties() throws Exception {
        String contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
        String conversationId = sandbox.workspace().createConversation(contactId, "Hello").get("id").asText();
        load("close", """
                apiVersion: camel.apache.org/v1
                kind: Pipe
                metadata:
                  name: close
                spec:
                  source:
                    uri: direct:close
                  sink:
                    ref:
                      kind: Kamelet
                      apiVersion: camel.apache.org/v1
                      name: intercom-sink
                    properties:
                      resource: conversation
                      operation: close
                """);

        template.sendBody("direct:close", "{\"conversation_id\": \"" + conversationId + "\", \"admin_id\": \"" + adminId() + "\"}");

        assertEquals("closed", sandbox.workspace().conversation(conversationId).get("state").asText());
        assertEquals(1, sandbox.requests().count("POST", "/conversations/" + conversationId + "/parts"));
    }

    @Test
    void theSinkRefusesAnOperationTheResourceDoesNotHaveWhenTheRouteStarts() throws Exception {
        int calls = sandbox.requests().count();

        Exception e = assertThrows(Exception.class, () -> load("bad", """
                - route:
                    from:
                      uri: direct:bad
                      steps:
                        - to: "kamelet:intercom-sink?resource=contact&operation=close"
                """));
        assertTrue(rootMessage(e).contains("unknown operation 'close' for resource contact"), rootMessage(e));
        assertEquals(calls, sandbox.requests().count());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
