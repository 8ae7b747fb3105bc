/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the action Kamelets' one Java step does with a body and the properties set as variables. */
class KameletInputsTest {

    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());

    @Test
    void aPropertyNestsIntoTheBodysObjectAndKeepsItsOtherFields() throws Exception {
        exchange.getMessage().setBody("{\"ticket_attributes\": {\"_default_description_\": \"from body\"}, \"other\": 1}");
        exchange.setVariable(KameletInputs.PREFIX + "ticket_attributes._default_title_", "from property");

        KameletInputs.merge(exchange, "ticket_attributes._default_title_,ticket_attributes._default_description_");

        assertEquals(Map.of("ticket_attributes", Map.of("_default_title_", "from property", "_default_description_",
                "from body")), exchange.getMessage().getBody());
        assertTrue(exchange.getVariables().isEmpty(), "the variables are removed");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefusedNamingWhatIsExpected() {
        exchange.getMessage().setBody("not json");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KameletInputs.merge(exchange, "email"));
        assertTrue(e.getMessage().startsWith("The body of an Intercom action must be a JSON object"), e.getMessage());
    }

    @Test
    void theFirstOfAnEmptyListIsNothing() {
        assertNull(KameletInputs.first(List.of()));
        assertEquals("a", KameletInputs.first(List.of("a", "b")));
    }
}
