/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The routes of the operations the sandbox does not keep: each answers with the operation's documented answer
 * ({@link DocumentedAnswers}) and its documented status, stateless. Registered after the stateful routes, for the calls
 * none of them serves. Two edits keep an answer coherent with its request: the id of the path's last variable (the
 * object addressed) replaces the example's {@code id}, and a list answers as its only page (no next cursor, page 1 of
 * 1, no scroll parameter), so that a paging client stops.
 */
final class DocumentedRoutes {

    private DocumentedRoutes() {
    }

    /** Adds a route for each documented call that no route serves yet; returns their answers. */
    static List<DocumentedAnswers.Answer> register(SandboxRouter router) {
        List<DocumentedAnswers.Answer> registered = new ArrayList<>();
        for (DocumentedAnswers.Answer answer : DocumentedAnswers.all()) {
            if (!router.serves(answer.method(), answer.path())) {
                router.add(answer.method(), answer.path(), answer.status(), answer.contentType(),
                        request -> answer(answer, request));
                registered.add(answer);
            }
        }
        return List.copyOf(registered);
    }

    private static JsonNode answer(DocumentedAnswers.Answer answer, SandboxRouter.Request request) {
        if (answer.body() == null) {
            return null;
        }
        JsonNode body = answer.body().deepCopy();
        if (body instanceof ObjectNode object) {
            echoId(object, answer.path(), request);
            onlyPage(object);
        }
        return body;
    }

    private static void echoId(ObjectNode object, String template, SandboxRouter.Request request) {
        String last = template.substring(template.lastIndexOf('/') + 1);
        if (!last.startsWith("{") || !object.has("id")) {
            return;
        }
        String id = request.path(last.substring(1, last.length() - 1));
        if (object.get("id").isNumber() && id.chars().allMatch(Character::isDigit) && id.length() < 19) {
            object.put("id", Long.parseLong(id));
        } else {
            object.put("id", id);
        }
    }

    private static void onlyPage(ObjectNode object) {
        object.remove("scroll_param");
        if (object.get("pages") instanceof ObjectNode pages) {
            pages.remove("next");
            if (pages.has("total_pages")) {
                pages.put("page", 1).put("total_pages", 1);
            }
        }
    }
}
