/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.function.UnaryOperator;

/**
 * Tickets (create, get, update, delete, search, reply, tagging) and ticket types (list, get). There is no list of
 * tickets: search it.
 */
final class TicketRoutes {

    private static final int DEFAULT_PAGE = 20;

    private TicketRoutes() {
    }

    static void register(SandboxRouter router, Workspace workspace, SandboxOptions options) {
        SearchSchema schema = SearchSchema.tickets(options.inclusiveRangeOperators());
        router.post("/tickets", r -> workspace.createTicket(r.body()));
        router.get("/tickets/{ticket_id}", r -> workspace.ticket(r.path("ticket_id")));
        router.put("/tickets/{ticket_id}", r -> workspace.updateTicket(r.path("ticket_id"), r.body()));
        router.delete("/tickets/{ticket_id}", r -> workspace.deleteTicket(r.path("ticket_id")));
        router.post("/tickets/{ticket_id}/reply", r -> workspace.replyToTicket(r.path("ticket_id"), r.body()));
        DirectoryRoutes.adminTagging(router, "/tickets/{ticket_id}", "ticket_id", workspace::tagTicket,
                workspace::untagTicket);
        router.post("/tickets/search", r -> Search.run(r.body(), workspace.indexed(Kind.TICKET), schema,
                options.searchOrder(), DEFAULT_PAGE, "ticket.list", "tickets", UnaryOperator.identity()));
        router.get("/ticket_types", r -> DirectoryRoutes.list("list", "data", workspace.ticketTypes()));
        router.get("/ticket_types/{ticket_type_id}", r -> workspace.get(Kind.TICKET_TYPE, r.path("ticket_type_id")));
    }
}
