/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code display_as=plaintext} of {@code GET} and {@code PUT /conversations/{id}}: the body and subject of the source
 * and the body of every part as plain text. Paragraphs and line breaks become new lines, an inline link
 * {@code label (url)}, other tags go, and the entities HTML escapes are read back.
 */
final class PlainText {

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</p>\\s*<p[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private PlainText() {
    }

    /** Whether the request asks for plain text. */
    static boolean asked(SandboxRouter.Request request) {
        return "plaintext".equals(request.query("display_as"));
    }

    /** The conversation with its source and parts in plain text. */
    static ObjectNode conversation(ObjectNode conversation) {
        if (conversation.get("source") instanceof ObjectNode source) {
            rewrite(source, "body");
            rewrite(source, "subject");
        }
        for (JsonNode part : conversation.path("conversation_parts").path("conversation_parts")) {
            rewrite((ObjectNode) part, "body");
        }
        return conversation;
    }

    static String of(String html) {
        Matcher link = LINK.matcher(html);
        StringBuilder linked = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(linked, Matcher.quoteReplacement(link.group(2) + " (" + link.group(1) + ")"));
        }
        link.appendTail(linked);
        String text = TAG.matcher(BREAK.matcher(linked).replaceAll("\n")).replaceAll("");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }

    private static void rewrite(ObjectNode node, String field) {
        if (node.hasNonNull(field)) {
            node.put(field, of(node.get(field).asText()));
        }
    }
}
