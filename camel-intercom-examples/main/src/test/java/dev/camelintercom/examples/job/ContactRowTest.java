/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A line of the import file: its fields, quoting, and the bodies sent for it. */
class ContactRowTest {

    @Test
    void readsSixFieldsAndSendsOnlyThoseGiven() {
        ContactRow row = ContactRow.parse(7, "cust-0001, ada@example.com ,Ada Lovelace,,c-001,");

        assertEquals(new ContactRow(7, "cust-0001", "ada@example.com", "Ada Lovelace", "", "c-001", ""), row);
        assertEquals(Map.of("external_id", "cust-0001", "email", "ada@example.com", "name", "Ada Lovelace"), row.contact());
        assertEquals(Map.of("company_id", "c-001"), row.company());
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        ContactRow row = ContactRow.parse(2, "cust-0002,\"grace@example.com\",\"Hopper, \"\"Amazing\"\" Grace\",user,,");

        assertEquals("Hopper, \"Amazing\" Grace", row.name());
        assertEquals("grace@example.com", row.email());
        assertFalse(row.hasCompany());
    }

    @Test
    void aLineThatIsNotSixFieldsIsRefused() {
        assertEquals("malformed line: 3 fields where external_id,email,name,role,company_id,company_name has 6",
                assertThrows(RefusedRowException.class, () -> ContactRow.parse(3, "a,b,c")).getMessage());
        assertEquals("malformed line: 7 fields where external_id,email,name,role,company_id,company_name has 6",
                assertThrows(RefusedRowException.class, () -> ContactRow.parse(3, "a,b,c,d,e,f,g")).getMessage());
        assertEquals("malformed line: a quoted field is not closed",
                assertThrows(RefusedRowException.class, () -> ContactRow.parse(3, "a,\"b,c,d,e,f")).getMessage());
    }
}
