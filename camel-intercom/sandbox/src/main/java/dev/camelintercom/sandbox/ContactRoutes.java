package dev.camelintercom.sandbox;

import java.util.function.UnaryOperator;

import static dev.camelintercom.sandbox.SandboxJson.requireText;

/**
 * Contacts: create, get, update, delete, list (cursor in the query), search, attach a company or a tag; notes on a
 * contact (create, list, get).
 */
final class ContactRoutes {

    private static final int DEFAULT_PAGE = 50;

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
        router.post("/contacts/{contact_id}/companies",
                r -> workspace.attachContactToCompany(r.path("contact_id"), requireText(r.body(), "id")));
        router.post("/contacts/{contact_id}/tags", r -> workspace.tagContact(r.path("contact_id"), requireText(r.body(), "id")));
        router.post("/contacts/{contact_id}/notes", r -> workspace.createNote(r.path("contact_id"), r.body()));
        router.get("/contacts/{contact_id}/notes",
                r -> DirectoryRoutes.list("list", "data", workspace.notesOf(r.path("contact_id"))));
        router.get("/notes/{note_id}", r -> workspace.note(r.path("note_id")));
    }
}
