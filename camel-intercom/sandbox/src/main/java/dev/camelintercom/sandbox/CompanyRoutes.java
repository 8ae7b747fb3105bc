/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Companies: create-or-update, get, find by {@code company_id} or name, update, delete, their contacts, segments and
 * notes, list by page number ({@code POST /companies/list}, by {@code last_request_at},
 * newest first unless {@code order=asc}) and scroll. Lists and scrolls show only companies with contacts, as Intercom.
 */
final class CompanyRoutes {

    private static final int DEFAULT_PAGE = 15;
    private static final int MAX_PAGE = 60;
    private static final int SCROLL_PAGE = 50;

    private CompanyRoutes() {
    }

    static void register(SandboxRouter router, Workspace workspace) {
        router.post("/companies", r -> workspace.createOrUpdateCompany(r.body()));
        router.get("/companies/{company_id}", r -> workspace.company(r.path("company_id")));
        router.get("/companies", r -> Pages.numberedList(List.of(workspace.findCompany(r.query("company_id"),
                r.query("name"))), r, DEFAULT_PAGE));
        router.put("/companies/{company_id}", r -> workspace.updateCompany(r.path("company_id"), r.body()));
        router.delete("/companies/{company_id}", r -> workspace.deleteCompany(r.path("company_id")));
        router.get("/companies/{company_id}/contacts",
                r -> Pages.numberedList(workspace.contactsOf(r.path("company_id")), r, ContactRoutes.SUB_LIST_PAGE));
        router.get("/companies/{company_id}/segments",
                r -> DirectoryRoutes.list("list", "data", workspace.segmentsOf(Kind.COMPANY, r.path("company_id"))));
        router.post("/companies/{company_id}/notes", r -> workspace.createNote(Kind.COMPANY, r.path("company_id"), r.body()));
        router.get("/companies/{company_id}/notes",
                r -> Pages.numberedList(workspace.notesOf(Kind.COMPANY, r.path("company_id")), r, ContactRoutes.SUB_LIST_PAGE));
        router.post("/companies/list", r -> list(workspace, r));
        router.get("/companies/scroll", r -> {
            CompanyScroll.Page page = workspace.scrollCompanies(r.query("scroll_param"), SCROLL_PAGE);
            ObjectNode scroll = SandboxJson.object().put("type", "list");
            scroll.putArray("data").addAll(page.companies());
            scroll.putNull("pages");
            scroll.putNull("total_count");
            return scroll.put("scroll_param", page.scrollParam());
        });
    }

    private static ObjectNode list(Workspace workspace, SandboxRouter.Request r) {
        int page = Pages.size(r.queryNode("page"), 1, Integer.MAX_VALUE, "page");
        int perPage = Pages.size(r.queryNode("per_page"), DEFAULT_PAGE, MAX_PAGE, "per_page");
        String order = r.query("order") == null ? "desc" : r.query("order");
        if (!List.of("asc", "desc").contains(order)) {
            throw SandboxError.invalid("order must be asc or desc");
        }
        List<ObjectStore.Entry> listed = workspace.list(Kind.COMPANY).stream().filter(e -> workspace.listed(e.doc())).toList();
        Pages.Order byLastRequest = new Pages.Order(SearchSchema.path("last_request_at"), "asc".equals(order));
        Pages.Slice slice = Pages.numbered(byLastRequest.sort(listed), page, perPage);
        ObjectNode list = SandboxJson.object().put("type", "list");
        ArrayNode data = list.putArray("data");
        slice.items().forEach(data::add);
        list.set("pages", slice.pages());
        return list.put("total_count", slice.totalCount());
    }
}
