/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox.quarkus;

import java.util.HashMap;
import java.util.Map;

import dev.camelintercom.sandbox.IntercomSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A sandbox for the Quarkus application under test ({@code @WithTestResource(IntercomSandboxResource.class)}, or a
 * subclass that seeds it): started before the application, which gets {@code camel.component.intercom.base-uri} and
 * {@code .access-token} as configuration, handed to the test's {@link InjectSandbox} fields, closed after the
 * application has stopped.
 */
public class IntercomSandboxResource implements QuarkusTestResourceLifecycleManager {

    private IntercomSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = IntercomSandbox.start();
        Map<String, String> properties = new HashMap<>();
        sandbox.applicationProperties().forEach((name, value) -> properties.put((String) name, (String) value));
        properties.putAll(seed(sandbox));
        return properties;
    }

    /**
     * Seeds the sandbox before the application starts, and answers configuration of the application that comes from
     * it (an admin's id, say); none by default.
     */
    protected Map<String, String> seed(IntercomSandbox sandbox) {
        return Map.of();
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
