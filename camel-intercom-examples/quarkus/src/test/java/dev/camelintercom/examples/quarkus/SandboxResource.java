/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.quarkus;

import java.util.Map;

import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.quarkus.IntercomSandboxResource;

/**
 * The sandbox for the application under test, seeded with one open conversation; the admin and the triage team come
 * from it. Tests get it in a field annotated {@code @InjectSandbox}.
 */
public class SandboxResource extends IntercomSandboxResource {

    @Override
    protected Map<String, String> seed(IntercomSandbox sandbox) {
        String contactId = sandbox.workspace().createContact(Map.of("role", "user", "email", "ada@example.com"))
                .get("id").asText();
        sandbox.workspace().createConversation(contactId, "My order did not arrive.");
        return Map.of(
                "intercom.admin-id", sandbox.workspace().adminId(),
                "intercom.triage-team-id", sandbox.workspace().teams().get(0).get("id").asText(),
                "triage.delay", "100",
                "triage.start-from", "beginning");
    }
}
