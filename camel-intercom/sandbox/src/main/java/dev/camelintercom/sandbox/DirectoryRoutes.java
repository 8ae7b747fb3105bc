/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.List;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelintercom.sandbox.SandboxJson.requireText;

/**
 * The token's admin ({@code /me}), admins (and their away mode), teams, tags, segments and subscription types: the
 * unpaginated lists of the workspace.
 */
final class DirectoryRoutes {

    private DirectoryRoutes() {
    }

    static void register(SandboxRouter router, Workspace workspace) {
        router.get("/me", r -> workspace.me());
        router.get("/admins", r -> list("admin.list", "admins", workspace.admins()));
        router.get("/admins/{admin_id}", r -> workspace.get(Kind.ADMIN, r.path("admin_id")));
        router.put("/admins/{admin_id}/away", r -> workspace.setAway(r.path("admin_id"), r.body()));
        router.get("/teams", r -> list("team.list", "teams", workspace.teams()));
        router.get("/teams/{team_id}", r -> workspace.get(Kind.TEAM, r.path("team_id")));
        router.get("/tags", r -> list("list", "data", workspace.tags()));
        router.get("/tags/{tag_id}", r -> workspace.get(Kind.TAG, r.path("tag_id")));
        router.post("/tags", r -> {
            requireText(r.body(), "name");
            return workspace.createOrUpdateTag(r.body());
        });
        router.delete("/tags/{tag_id}", r -> {
            workspace.deleteTag(r.path("tag_id"));
            return null;
        });
        router.get("/segments", r -> list("segment.list", "segments", workspace.segments()).set("pages", SandboxJson.object()));
        router.get("/segments/{segment_id}", r -> workspace.segment(r.path("segment_id")));
        router.get("/subscription_types", r -> list("list", "data", workspace.subscriptionTypes()));
    }

    /**
     * {@code POST <owner>/tags} ({@code id}) and {@code DELETE <owner>/tags/{tag_id}} of a conversation or ticket, each
     * with the acting {@code admin_id}; both answer the tag.
     */
    static void adminTagging(SandboxRouter router, String owner, String ownerParam, BiFunction<String, String, JsonNode> tag,
            BiFunction<String, String, JsonNode> untag) {
        router.post(owner + "/tags", r -> {
            requireText(r.body(), "admin_id");
            return tag.apply(r.path(ownerParam), requireText(r.body(), "id"));
        });
        router.delete(owner + "/tags/{tag_id}", r -> {
            requireText(r.body(), "admin_id");
            return untag.apply(r.path(ownerParam), r.path("tag_id"));
        });
    }

    /** An unpaginated list: {@code {type, <itemsField>: [...]}}. */
    static ObjectNode list(String type, String itemsField, List<ObjectNode> items) {
        ObjectNode list = SandboxJson.object().put("type", type);
        list.putArray(itemsField).addAll(items);
        return list;
    }
}
