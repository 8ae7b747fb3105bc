/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documented successful answer of every operation of Intercom's description, as the build generated them from it
 * (src/generator's {@code DocumentedAnswersGenerator}) into the sandbox's jar: read once, the first time a sandbox
 * starts.
 */
final class DocumentedAnswers {

    /** Where the answers are, in the jar and under {@code src/generated/resources}. */
    static final String RESOURCE = "META-INF/dev/camelintercom/sandbox/intercom-documented-answers.json";

    /**
     * One operation's answer: its call, status, content type when not JSON, whether the body is the description's
     * example or built from the schema, and the body (null when the answer has none).
     */
    record Answer(String method, String path, int status, String contentType, String source, JsonNode body) {
    }

    private static final List<Answer> ALL = load();

    private DocumentedAnswers() {
    }

    static List<Answer> all() {
        return ALL;
    }

    private static List<Answer> load() {
        try (InputStream in = DocumentedAnswers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            List<Answer> answers = new ArrayList<>();
            for (JsonNode a : SandboxJson.MAPPER.readTree(in).path("answers")) {
                answers.add(new Answer(a.path("method").asText(), a.path("path").asText(), a.path("status").asInt(200),
                        a.path("contentType").asText(null), a.path("source").asText(null),
                        a.has("body") ? a.get("body") : null));
            }
            return List.copyOf(answers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
