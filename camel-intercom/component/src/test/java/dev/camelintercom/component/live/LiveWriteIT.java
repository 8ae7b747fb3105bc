/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.model.Company;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.component.model.Note;
import dev.camelintercom.component.model.Tag;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
/**
 * The write tier: creates, changes and removes objects in the workspace, only with {@value #SWITCH}{@code =true}
 * besides the token. Everything it creates is named with {@value #MARK} and this run's id (the contact also carries
 * the run's tag), and is removed after the test, whatever its outcome; leftovers of an earlier run that was killed
 * (tags and contacts with the mark) are removed too.
 */
@EnabledIfEnvironmentVariable(named = LiveWorkspace.TOKEN, matches = ".*\\S.*",
                              disabledReason = "no INTERCOM_ACCESS_TOKEN: the live tier is skipped")
@EnabledIfEnvironmentVariable(named = LiveWriteIT.SWITCH, matches = "true",
                              disabledReason = "no INTERCOM_LIVE_WRITE=true: the live write tier is skipped")
class LiveWriteIT extends LiveWorkspace {

    static final String SWITCH = "INTERCOM_LIVE_WRITE";
    static final String MARK = "camel-intercom-it-";

    private final String run = MARK + UUID.randomUUID().toString().substring(0, 8);
    /** What the test created, removed last first. */
    private final Deque<String[]> created = new ArrayDeque<>();

    @Test
    void aTaggedLeadWithANoteAndACompanyIsCreatedChangedAndRemoved() {
        Tag tag = template.requestBody("intercom:tag?operation=createOrUpdate", Map.of("name", run), Tag.class);
        created.push(new String[] { "tag", IntercomConstants.TAG_ID, tag.getId() });
        Contact lead = template.requestBody("intercom:contact?operation=create",
                Map.of("role", "lead", "email", run + "@example.com", "name", run), Contact.class);
        created.push(new String[] { "contact", IntercomConstants.CONTACT_ID, lead.getId() });
        assertEquals("lead", lead.getRole());

        onContact("intercom:contact?operation=attachTag", lead, Map.of("id", tag.getId()));
        List<?> tags = onContact("intercom:contact?operation=listTags", lead, null).getMessage().getBody(List.class);
        assertTrue(tags.stream().anyMatch(t -> tag.getId().equals(((Tag) t).getId())), "the contact carries the run's tag");

        Note note = onContact("intercom:note?operation=create", lead, Map.of("body", "Written by " + run))
                .getMessage().getBody(Note.class);
        Note read = template.requestBodyAndHeader("intercom:note?operation=get", null, IntercomConstants.NOTE_ID,
                note.getId(), Note.class);
        assertTrue(read.getBody().contains(run), "the note's body: " + read.getBody());

        Company company = template.requestBody("intercom:company?operation=createOrUpdate",
                Map.of("company_id", run, "name", run), Company.class);
        created.push(new String[] { "company", IntercomConstants.COMPANY_ID, company.getId() });
        onContact("intercom:contact?operation=attachCompany", lead, Map.of("id", company.getId()));

        Contact renamed = onContact("intercom:contact?operation=update", lead, Map.of("name", run + " renamed"))
                .getMessage().getBody(Contact.class);
        assertEquals(run + " renamed", renamed.getName());
        Contact fetched = template.requestBodyAndHeader("intercom:contact?operation=get", null,
                IntercomConstants.CONTACT_ID, lead.getId(), Contact.class);
        assertEquals(run + " renamed", fetched.getName());
    }

    private Exchange onContact(String uri, Contact contact, Object body) {
        Exchange answer = template.request(uri, e -> {
            e.getMessage().setHeader(IntercomConstants.CONTACT_ID, contact.getId());
            e.getMessage().setBody(body);
        });
        if (answer.isFailed()) {
            throw new AssertionError(uri + " failed", answer.getException());
        }
        return answer;
    }

    /** Removes what the test created, then what earlier runs left, and fails if anything could not be removed. */
    @AfterEach
    void removeEverythingMarked() {
        List<String> failures = new ArrayList<>();
        while (!created.isEmpty()) {
            String[] object = created.pop();
            remove(object[0], object[1], object[2], failures);
        }
        List<?> contacts = template.requestBody("intercom:contact?operation=search&paginate=true&maxResults=100",
                Map.of("field", "email", "operator", "^", "value", MARK), List.class);
        contacts.forEach(c -> remove("contact", IntercomConstants.CONTACT_ID, ((IntercomObject) c).getId(), failures));
        List<?> tags = template.requestBody("intercom:tag?operation=list", null, List.class);
        tags.stream().map(Tag.class::cast).filter(t -> t.getName() != null && t.getName().startsWith(MARK))
                .forEach(t -> remove("tag", IntercomConstants.TAG_ID, t.getId(), failures));
        assertEquals(List.of(), failures, "objects of the live write tier left in the workspace");
    }

    private void remove(String resource, String idHeader, String id, List<String> failures) {
        Exchange answer = template.request("intercom:" + resource + "?operation=delete",
                e -> e.getMessage().setHeader(idHeader, id));
        // a 404: removed already (the search index of contacts lags behind their removal)
        if (answer.isFailed() && !(answer.getException() instanceof IntercomApiException api && api.getStatusCode() == 404)) {
            failures.add(resource + " " + id + ": " + answer.getException().getMessage());
        }
    }
}
