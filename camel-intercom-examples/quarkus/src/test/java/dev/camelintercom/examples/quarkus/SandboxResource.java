/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.quarkus;

import java.util.Map;

import dev.camelintercom.sandbox.IntercomSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A sandbox for the application under test, seeded with one open conversation: the component's base URI and token,
 * the admin and the triage team come from it. Tests get it in a field annotated {@link InjectSandbox}.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    private IntercomSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = IntercomSandbox.start();
        String contactId = sandbox.workspace().createContact(Map.of("role", "user", "email", "ada@example.com"))
                .get("id").asText();
        sandbox.workspace().createConversation(contactId, "My order did not arrive.");
        return Map.of(
                "camel.component.intercom.base-uri", sandbox.baseUri(),
                "camel.component.intercom.access-token", sandbox.accessToken(),
                "intercom.admin-id", sandbox.workspace().adminId(),
                "intercom.triage-team-id", sandbox.workspace().teams().get(0).get("id").asText(),
                "triage.delay", "100",
                "triage.start-from", "beginning");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(sandbox,
                new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, IntercomSandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
