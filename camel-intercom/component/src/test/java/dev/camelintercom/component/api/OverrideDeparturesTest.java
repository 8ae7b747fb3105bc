/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every place where a hand-written row of the table departs from Intercom's description, with its reason: an override
 * may say what the description does not (and must, where the description is wrong), but never silently. A departure
 * without a reason here, or a reason whose departure is gone, fails.
 */
class OverrideDeparturesTest {

    private static final Map<String, String> REASONS = new TreeMap<>(Map.ofEntries(
            Map.entry("note.create POST /contacts/{contact_id}/notes: contact_id not digits",
                    "the description declares an integer, but contact ids are 24-hex (SPEC-NOTES.md)"),
            Map.entry("company.find GET /companies: at most 60 per page, described null",
                    "Intercom's page size limit of the company lists (API-DIGEST.md 5); the description states none"),
            Map.entry("company.list POST /companies/list: at most 60 per page, described null",
                    "Intercom's page size limit of the company lists (API-DIGEST.md 5); the description states none"),
            Map.entry("contact.list GET /contacts: at most 150 per page, described null",
                    "the contact list's documented maximum (API-DIGEST.md 5); the description states none"),
            Map.entry("contact.list GET /contacts: paging CURSOR_QUERY, described NONE",
                    "GET /contacts takes per_page and starting_after, documented in prose only (SPEC-NOTES.md)"),
            Map.entry("contact.search POST /contacts/search: at most 150 per page, described null",
                    "the search's documented maximum (API-DIGEST.md 6); the description states none"),
            Map.entry("conversation.search POST /conversations/search: at most 150 per page, described null",
                    "the search's documented maximum (API-DIGEST.md 6); the description states none"),
            Map.entry("ticket.search POST /tickets/search: at most 150 per page, described null",
                    "the search's documented maximum (API-DIGEST.md 6); the description states none"),
            Map.entry("event.list GET /events: required query parameter filter not sent as such",
                    "Intercom takes the filter flat (type=user&user_id=...), as the description's own examples send it"),
            Map.entry("contact.search POST /contacts/search: body field query checked by the row's rules",
                    "the search grammar (SearchQueryValidator) is stricter than the description's nested alternatives"),
            Map.entry("conversation.search POST /conversations/search: body field query checked by the row's rules",
                    "the search grammar (SearchQueryValidator) is stricter than the description's nested alternatives"),
            Map.entry("ticket.search POST /tickets/search: body field query checked by the row's rules",
                    "the search grammar (SearchQueryValidator) is stricter than the description's nested alternatives")));

    @Test
    void everyDepartureFromTheDescriptionHasItsReason() {
        Set<String> departures = new TreeSet<>();
        for (OperationDefinition def : IntercomOperations.all()) {
            if (!def.isHandWritten()) {
                continue;
            }
            String row = def.fullName() + " " + def.method() + " " + def.pathTemplate() + ": ";
            ApiFacts.OperationFacts facts = def.facts();
            if (facts == null) {
                departures.add(row + "not in the description");
                continue;
            }
            facts.pathIds().forEach((variable, id) -> {
                if (id.digits() != def.digitPathParams().contains(variable)) {
                    departures.add(row + variable + (id.digits() ? " not digits" : " digits"));
                }
            });
            def.checkedByRules().forEach(f -> departures.add(row + "body field " + f + " checked by the row's rules"));
            if (def.sendsBody() != (facts.body() != null)) {
                departures.add(row + (def.sendsBody() ? "sends a body the description does not declare" : "sends no body"));
            }
            if (def.result() == OperationDefinition.Result.LIST) {
                if (def.paging() != facts.paging()) {
                    departures.add(row + "paging " + def.paging() + ", described " + facts.paging());
                }
                if (!Objects.equals(def.maxPerPage(), facts.maxPerPage())) {
                    departures.add(row + "at most " + def.maxPerPage() + " per page, described " + facts.maxPerPage());
                }
                if (!def.itemsField().equals(facts.answer().items())) {
                    departures.add(row + "items in " + def.itemsField() + ", described " + facts.answer().items());
                }
            }
            facts.requiredQuery().forEach(q -> {
                if (!def.queryParams().containsKey(q) && !def.fixedQuery().containsKey(q)) {
                    departures.add(row + "required query parameter " + q + " not sent as such");
                }
            });
        }
        Map<String, String> unexplained = new TreeMap<>();
        departures.stream().filter(d -> !REASONS.containsKey(d)).forEach(d -> unexplained.put(d, "?"));
        assertEquals(Map.of(), unexplained, "departures from the description without a reason in " + getClass().getSimpleName());
        Set<String> stale = new TreeSet<>(REASONS.keySet());
        stale.removeAll(departures);
        assertEquals(Set.of(), stale, "reasons for departures that are gone");
        REASONS.forEach((d, reason) -> assertEquals(false, reason.isBlank(), d));
    }
}
