/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomInputException;
import dev.camelintercom.component.model.Company;
import dev.camelintercom.testsupport.IntercomTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drifts of the hand-kept table from Intercom's description (issue 19), gone because the checks and lists now
 * come from the description's facts: each input is judged by the description, before anything is sent.
 */
class DescriptionDriftTest extends IntercomTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aWhatsappMessageIsSent() throws Exception {
        stubFor(post("/messages").willReturn(okJson("{\"type\":\"user_message\",\"id\":\"1\"}")));

        Exchange result = template.request("intercom:message?operation=create&adminId=991267816", e -> e.getMessage()
                .setBody(Map.of("message_type", "whatsapp", "template", "welcome", "to", Map.of("type", "user", "id", "6762"))));

        assertNull(result.getException());
        assertEquals("whatsapp", JSON.readTree(findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString())
                .path("message_type").asText());
    }

    @Test
    void anUnknownMessageTypeNamesTheAllowedOnes() {
        IntercomInputException e = refused("intercom:message?operation=create&adminId=1",
                Map.of("message_type", "sms", "body", "hi", "to", Map.of("type", "user", "id", "6762")));

        assertEquals("message_type", e.getField());
        assertTrue(e.getMessage().contains("message.create") && e.getMessage().contains("in_app, email, whatsapp"),
                e.getMessage());
    }

    @Test
    void aBooleanEmailIsRefused() {
        IntercomInputException e = refused("intercom:contact?operation=create", Map.of("email", true));

        assertEquals("email", e.getField());
        assertTrue(e.getMessage().contains("contact.create") && e.getMessage().contains("must be string, but was true"),
                e.getMessage());
    }

    @Test
    void aLongStringForABooleanIsRefusedAndNotRepeatedWhole() {
        IntercomInputException e = refused("intercom:admin?operation=setAway&adminId=1",
                Map.of("away_mode_enabled", "x".repeat(100_000)));

        assertEquals("away_mode_enabled", e.getField());
        assertTrue(e.getMessage().contains("must be boolean") && e.getMessage().contains("100000 characters"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "the value is shortened in the message");
    }

    @Test
    void textThatIsPlainlyTheDeclaredTypeIsSentAsIt() throws Exception {
        stubFor(com.github.tomakehurst.wiremock.client.WireMock.put("/admins/1/away")
                .willReturn(okJson("{\"type\":\"admin\",\"id\":\"1\"}")));

        Exchange result = template.request("intercom:admin?operation=setAway&adminId=1",
                e -> e.getMessage().setBody(Map.of("away_mode_enabled", "false")));

        assertNull(result.getException());
        assertTrue(JSON.readTree(findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString()).get("away_mode_enabled")
                .isBoolean());
    }

    @Test
    void theCompaniesOfAContactAreReadFromTheSchemasArray() {
        stubFor(get("/contacts/c1/companies").willReturn(okJson(
                "{\"type\":\"list\",\"companies\":[{\"type\":\"company\",\"id\":\"co1\"}],\"total_count\":1}")));

        List<?> companies = template.requestBodyAndHeader("intercom:contact?operation=listCompanies", null,
                "CamelIntercomContactId", "c1", List.class);

        assertEquals(1, companies.size());
        assertEquals("co1", assertInstanceOf(Company.class, companies.get(0)).getId());
    }

    @Test
    void companyFindWithoutAFilterListsTheCompanies() {
        stubFor(get(urlPathEqualTo("/companies")).willReturn(okJson(
                "{\"type\":\"list\",\"data\":[{\"type\":\"company\",\"id\":\"a\"},{\"type\":\"company\",\"id\":\"b\"}],"
                + "\"pages\":{\"page\":1,\"total_pages\":1}}")));

        List<?> companies = template.requestBody("intercom:company?operation=find", null, List.class);

        assertEquals(2, companies.size());
        assertEquals("/companies", findAll(anyRequestedFor(anyUrl())).get(0).getUrl());
    }

    @Test
    void aGeneratedOperationTakesItsIdFromItsHeader() {
        stubFor(get(urlEqualTo("/articles/42")).willReturn(okJson("{\"type\":\"article\",\"id\":\"42\"}")));

        Exchange result = template.request("intercom:article?operation=get",
                e -> e.getMessage().setHeader("CamelIntercomArticleId", "42"));

        assertNull(result.getException());
        assertEquals("42", result.getMessage().getHeader("CamelIntercomResourceId"));
        assertEquals("article", assertInstanceOf(com.fasterxml.jackson.databind.JsonNode.class,
                result.getMessage().getBody()).path("type").asText());
    }

    @Test
    void anIdTheDescriptionDeclaresAnIntegerMustBeDigits() {
        IntercomInputException e = assertInstanceOf(IntercomInputException.class, template.request(
                "intercom:article?operation=get", x -> x.getMessage().setHeader("CamelIntercomArticleId", "abc"))
                .getException());

        assertEquals("article_id", e.getField());
        assertEquals(0, findAll(anyRequestedFor(anyUrl())).size());
    }

    private IntercomInputException refused(String uri, Object body) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody(body));
        IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
        assertEquals(0, findAll(anyRequestedFor(anyUrl())).size(), "nothing reaches Intercom");
        return e;
    }
}
