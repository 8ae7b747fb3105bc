package dev.camelintercom.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelintercom.sandbox.SandboxJson.requireText;

/** The token's admin ({@code /me}), admins, teams and tags: the unpaginated lists of the workspace. */
final class DirectoryRoutes {

    private DirectoryRoutes() {
    }

    static void register(SandboxRouter router, Workspace workspace) {
        router.get("/me", r -> workspace.me());
        router.get("/admins", r -> list("admin.list", "admins", workspace.admins()));
        router.get("/admins/{admin_id}", r -> workspace.get(Kind.ADMIN, r.path("admin_id")));
        router.get("/teams", r -> list("team.list", "teams", workspace.teams()));
        router.get("/teams/{team_id}", r -> workspace.get(Kind.TEAM, r.path("team_id")));
        router.get("/tags", r -> list("list", "data", workspace.tags()));
        router.get("/tags/{tag_id}", r -> workspace.get(Kind.TAG, r.path("tag_id")));
        router.post("/tags", r -> {
            requireText(r.body(), "name");
            return workspace.createOrUpdateTag(r.body());
        });
    }

    /** An unpaginated list: {@code {type, <itemsField>: [...]}}. */
    static ObjectNode list(String type, String itemsField, List<ObjectNode> items) {
        ObjectNode list = SandboxJson.object().put("type", type);
        list.putArray(itemsField).addAll(items);
        return list;
    }
}
