/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.function.UnaryOperator;

import static dev.camelintercom.sandbox.SandboxJson.requireText;

/**
 * Contacts: create, get, find by external id, update, delete, archive and unarchive, merge, list (cursor in the
 * query), search; their tags, companies, segments and subscriptions; notes on a contact (create, list, get); and
 * the contacts' data events (create, list, summaries).
 */
final class ContactRoutes {

    private static final int DEFAULT_PAGE = 50;
    /** The page size of a contact's (and a company's) notes and companies, as the description's examples show. */
    static final int SUB_LIST_PAGE = 50;

    private ContactRoutes() {
    }

    static void register(SandboxRouter router, Workspace workspace, SandboxOptions options) {
        SearchSchema schema = SearchSchema.contacts(options.timeZone());
        router.post("/contacts", r -> workspace.createContact(r.body()));
        router.get("/contacts/{contact_id}", r -> workspace.contact(r.path("contact_id")));
        router.put("/contacts/{contact_id}", r -> workspace.updateContact(r.path("contact_id"), r.body()));
        router.delete("/contacts/{contact_id}", r -> workspace.deleteContact(r.path("contact_id")));
        router.get("/contacts", r -> Pages.cursorList(workspace.list(Kind.CONTACT), r, DEFAULT_PAGE, "list", "data",
                UnaryOperator.identity()));
        router.post("/contacts/search", r -> Search.run(r.body(), workspace.indexed(Kind.CONTACT), schema,
                options.searchOrder(), DEFAULT_PAGE, "list", "data", UnaryOperator.identity()));
        router.get("/contacts/find_by_external_id/{external_id}", r -> workspace.contactByExternalId(r.path("external_id")));
        router.post("/contacts/{contact_id}/archive", r -> workspace.archiveContact(r.path("contact_id")));
        router.post("/contacts/{contact_id}/unarchive", r -> workspace.unarchiveContact(r.path("contact_id")));
        router.post("/contacts/merge", r -> workspace.mergeContacts(r.body()));
        router.post("/contacts/{contact_id}/companies",
                r -> workspace.attachContactToCompany(r.path("contact_id"), requireText(r.body(), "id")));
        router.delete("/contacts/{contact_id}/companies/{company_id}",
                r -> workspace.detachContactFromCompany(r.path("contact_id"), r.path("company_id")));
        router.get("/contacts/{contact_id}/companies",
                r -> Pages.numberedList(workspace.companiesOf(r.path("contact_id")), r, SUB_LIST_PAGE));
        router.post("/contacts/{contact_id}/tags", r -> workspace.tagContact(r.path("contact_id"), requireText(r.body(), "id")));
        router.delete("/contacts/{contact_id}/tags/{tag_id}", r -> workspace.untagContact(r.path("contact_id"), r.path("tag_id")));
        router.get("/contacts/{contact_id}/tags", r -> DirectoryRoutes.list("list", "data", workspace.tagsOf(r.path("contact_id"))));
        router.get("/contacts/{contact_id}/segments",
                r -> DirectoryRoutes.list("list", "data", workspace.segmentsOf(Kind.CONTACT, r.path("contact_id"))));
        router.get("/contacts/{contact_id}/subscriptions",
                r -> DirectoryRoutes.list("list", "data", workspace.subscriptionsOf(r.path("contact_id"))));
        router.post("/contacts/{contact_id}/notes", r -> workspace.createNote(Kind.CONTACT, r.path("contact_id"), r.body()));
        router.get("/contacts/{contact_id}/notes",
                r -> Pages.numberedList(workspace.notesOf(Kind.CONTACT, r.path("contact_id")), r, SUB_LIST_PAGE));
        router.get("/notes/{note_id}", r -> workspace.note(r.path("note_id")));
        router.add("POST", "/events", 202, r -> {
            workspace.createEvent(r.body());
            return null;
        });
        router.get("/events", r -> workspace.listEvents(r.query()));
        router.post("/events/summaries", r -> {
            workspace.createEventSummaries(r.body());
            return null;
        });
    }
}
