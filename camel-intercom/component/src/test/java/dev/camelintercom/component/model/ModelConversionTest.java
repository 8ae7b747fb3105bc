/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.testsupport.IntercomTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.TypeConverter;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The model classes keep what they do not name, convert through Camel's type converters to a Map, a JSON String and
 * a JsonNode with Intercom's field names, and are sent with those names when given as a producer's body.
 */
class ModelConversionTest extends IntercomTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A contact as Intercom might send it, with fields the model class does not know, one nested. */
    private static final String CONTACT = "{\"type\":\"contact\",\"id\":\"6762f0ad1bb69f9f2193bb2b\",\"role\":\"user\","
                                          + "\"external_id\":\"ext-1\",\"email\":\"a@b.c\",\"unsubscribed_from_emails\":false,"
                                          + "\"custom_attributes\":{\"plan\":\"pro\",\"seats\":3},"
                                          + "\"created_at\":1734537997,"
                                          + "\"brand_new_field\":\"kept\","
                                          + "\"brand_new_object\":{\"type\":\"list\",\"data\":[{\"id\":\"n1\"}],\"total\":1}}";

    @Test
    void unknownFieldsSurvive() throws Exception {
        Contact contact = fetchContact();

        assertEquals("kept", contact.getAdditionalField("brand_new_field"));
        assertEquals(Map.of("type", "list", "data", List.of(Map.of("id", "n1")), "total", 1),
                contact.getAdditionalField("brand_new_object"));
        assertEquals("ext-1", contact.getExternalId());
        assertEquals(Map.of("plan", "pro", "seats", 3), contact.getCustomAttributes());
        assertSameJson(contact);
    }

    @Test
    void convertsToJsonNode() throws Exception {
        JsonNode node = converter().mandatoryConvertTo(JsonNode.class, fetchContact());

        assertSameJson(node);
    }

    @Test
    void convertsToJsonString() throws Exception {
        String json = converter().mandatoryConvertTo(String.class, fetchContact());

        assertEquals(JSON.readTree(CONTACT), JSON.readTree(json));
        assertEquals(-1, json.indexOf("externalId"), json);
    }

    @Test
    void convertsToMap() throws Exception {
        Map<?, ?> map = converter().mandatoryConvertTo(Map.class, fetchContact());

        assertEquals("ext-1", map.get("external_id"));
        assertEquals("kept", map.get("brand_new_field"));
        assertSameJson(map);
    }

    @Test
    void modelBodyIsSentWithIntercomFieldNames() {
        stubFor(post("/contacts").willReturn(okJson(CONTACT)));
        Contact contact = new Contact();
        contact.setRole("user");
        contact.setExternalId("ext-1");
        contact.setEmail("a@b.c");
        contact.setUnsubscribedFromEmails(true);
        contact.setSignedUpAt(Instant.ofEpochSecond(1734537997L));
        contact.setCustomAttributes(Map.of("plan", "pro"));
        contact.setAdditionalField("avatar", "https://example.org/a.png");

        template.sendBody("intercom:contact?operation=create", contact);

        verify(1, postRequestedFor(urlEqualTo("/contacts")).withRequestBody(equalToJson(
                "{\"role\":\"user\",\"external_id\":\"ext-1\",\"email\":\"a@b.c\",\"unsubscribed_from_emails\":true,"
                + "\"signed_up_at\":1734537997,\"custom_attributes\":{\"plan\":\"pro\"},"
                + "\"avatar\":\"https://example.org/a.png\"}")));
    }

    @Test
    void eventSummariesWithIsoTimesListAsDataEvents() {
        stubFor(get(urlEqualTo("/events?type=user&user_id=ev-1")).willReturn(okJson("{\"type\":\"event.summary\","
                + "\"user_id\":\"ev-1\",\"events\":[{\"name\":\"placed-order\",\"first\":\"2014-01-16T23:12:21.000+00:00\","
                + "\"last\":\"2014-01-16T23:12:21.000+00:00 \",\"count\":1}],\"pages\":{}}")));

        List<?> events = template.requestBodyAndHeader("intercom:event?operation=list", null, IntercomConstants.USER_ID,
                "ev-1", List.class);

        DataEvent summary = (DataEvent) events.get(0);
        assertEquals(Instant.parse("2014-01-16T23:12:21Z"), summary.getFirst());
        assertEquals(summary.getFirst(), summary.getLast(), "the description's example, trailing space included");
    }

    private Contact fetchContact() {
        stubFor(get("/contacts/6762f0ad1bb69f9f2193bb2b").willReturn(okJson(CONTACT)));
        return template.requestBodyAndHeader("intercom:contact?operation=get", null, IntercomConstants.CONTACT_ID,
                "6762f0ad1bb69f9f2193bb2b", Contact.class);
    }

    /** Whether the value, written as JSON, is the contact Intercom sent (numbers compared by value, not Java type). */
    private static void assertSameJson(Object value) throws Exception {
        assertEquals(JSON.readTree(CONTACT), JSON.readTree(JSON.writeValueAsString(value)), "nothing lost or renamed");
    }

    private TypeConverter converter() {
        return context.getTypeConverter();
    }
}
