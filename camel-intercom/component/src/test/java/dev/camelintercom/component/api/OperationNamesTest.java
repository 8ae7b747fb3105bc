/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names of the table (docs/design.md, "Names"): today's 85 hand-written names keep their calls, no two operations
 * share a name unless they are the variants of one hand-written operation, and the generated constants are the table's.
 */
class OperationNamesTest {

    /** The names of the table before the generated operations, each with its call: they must keep working unchanged. */
    private static final Set<String> TODAYS_NAMES = Set.of("contact.create", "contact.get", "contact.update",
            "contact.delete", "contact.list", "contact.search", "contact.findByExternalId", "contact.archive",
            "contact.unarchive", "contact.merge", "contact.listTags", "contact.attachTag", "contact.detachTag",
            "contact.listCompanies", "contact.attachCompany", "contact.detachCompany", "contact.listSegments",
            "contact.listSubscriptions", "company.createOrUpdate", "company.get", "company.find", "company.update",
            "company.delete", "company.list", "company.scroll", "company.listContacts", "company.listSegments",
            "conversation.create", "conversation.get", "conversation.update", "conversation.list", "conversation.search",
            "conversation.reply", "conversation.note", "conversation.close", "conversation.open", "conversation.snooze",
            "conversation.assign", "conversation.unassign", "conversation.attachContact", "conversation.detachContact",
            "conversation.attachTag", "conversation.detachTag", "conversation.convertToTicket", "conversation.redact",
            "ticket.create", "ticket.get", "ticket.update", "ticket.delete", "ticket.search", "ticket.reply",
            "ticket.attachTag", "ticket.detachTag", "ticket.listTypes", "ticket.getType", "message.create", "note.create",
            "note.list", "note.get", "tag.list", "tag.get", "tag.createOrUpdate", "tag.delete", "tag.tagContacts",
            "tag.tagCompanies", "tag.untagCompanies", "admin.me", "admin.list", "admin.get", "admin.setAway", "team.list",
            "team.get", "event.create", "event.list", "event.summaries", "segment.list", "segment.get");

    @Test
    void todaysNamesAreStillHandWrittenRows() {
        Set<String> missing = new TreeSet<>();
        for (String name : TODAYS_NAMES) {
            String[] parts = name.split("\\.");
            List<OperationDefinition> variants = IntercomOperations.find(parts[0], parts[1]);
            if (variants.isEmpty() || !variants.stream().allMatch(OperationDefinition::isHandWritten)) {
                missing.add(name);
            }
        }
        assertEquals(Set.of(), missing, "names of today's table that no longer reach their hand-written row");
    }

    @Test
    void noTwoOperationsShareAName() {
        Map<String, String> calls = new HashMap<>();
        Set<String> shared = new TreeSet<>();
        for (OperationDefinition def : IntercomOperations.all()) {
            String call = def.method() + " " + def.pathTemplate();
            String other = calls.putIfAbsent(def.fullName(), call);
            if (other != null && !other.equals(call) && !def.isHandWritten()) {
                shared.add(def.fullName() + ": " + other + " and " + call);
            }
        }
        assertEquals(Set.of(), shared, "generated names given to two calls");
        assertEquals(List.of(), IntercomOperations.conflicts(), "generated names a hand-written row took: regenerate the facts");
    }

    @Test
    void theGeneratedConstantsAreTheTablesNames() {
        assertEquals(String.join(",", IntercomOperations.resources()), OperationNames.RESOURCES);
        assertEquals(String.join(",", IntercomOperations.operationNames()), OperationNames.OPERATIONS);
    }

    @Test
    void namesAreLowerCamelResourcesSingular() {
        for (String resource : IntercomOperations.resources()) {
            assertTrue(resource.matches("[a-z][A-Za-z]*"), resource);
        }
        for (OperationDefinition def : IntercomOperations.all()) {
            assertTrue(def.name().matches("[a-z][A-Za-z]*"), def.fullName());
        }
    }
}
