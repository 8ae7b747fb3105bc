/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that runs an {@link IntercomSandbox} for a test class, in the style of Camel's test-infra
 * services:
 * <pre>{@code
 * @RegisterExtension
 * static IntercomSandboxExtension sandbox = IntercomSandboxExtension.create();
 * }</pre>
 * A {@code static} field gets one sandbox for the whole class, started before the first test and stopped after the
 * last; an instance field gets a fresh sandbox for each test.
 */
public final class IntercomSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final SandboxOptions options;
    private IntercomSandbox sandbox;
    private boolean perClass;

    private IntercomSandboxExtension(SandboxOptions options) {
        this.options = options;
    }

    /** A sandbox with the default options. */
    public static IntercomSandboxExtension create() {
        return create(SandboxOptions.defaults());
    }

    public static IntercomSandboxExtension create(SandboxOptions options) {
        return new IntercomSandboxExtension(options);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        sandbox = IntercomSandbox.start(options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            sandbox = IntercomSandbox.start(options);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    private void stop() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    /** The running sandbox; fails outside a test. */
    public IntercomSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("The sandbox runs only while a test of its class runs");
        }
        return sandbox;
    }

    public String baseUri() {
        return sandbox().baseUri();
    }

    public String accessToken() {
        return sandbox().accessToken();
    }

    public Workspace workspace() {
        return sandbox().workspace();
    }

    public SandboxFaults faults() {
        return sandbox().faults();
    }

    public SandboxRequests requests() {
        return sandbox().requests();
    }

    public SandboxClock clock() {
        return sandbox().clock();
    }

    /** See {@link IntercomSandbox#componentOptions()}. */
    public Map<String, Object> componentOptions() {
        return sandbox().componentOptions();
    }

    /** See {@link IntercomSandbox#applicationProperties()}. */
    public Properties applicationProperties() {
        return sandbox().applicationProperties();
    }

    /** See {@link IntercomSandbox#configure(CamelContext)}. */
    public Component configure(CamelContext context) {
        return sandbox().configure(context);
    }
}
