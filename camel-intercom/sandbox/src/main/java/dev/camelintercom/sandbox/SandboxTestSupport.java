/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/**
 * A Camel test whose {@code intercom} component talks to a fresh {@link IntercomSandbox}: override
 * {@link #sandboxOptions()} to choose its options, {@link #seed(Workspace)} to create what the routes need before
 * they start, and {@link #configure(Component)} to set further options of the {@code intercom} component.
 */
public abstract class SandboxTestSupport extends CamelTestSupport {

    protected IntercomSandbox sandbox;

    /** The options of the sandbox; the defaults unless overridden. */
    protected SandboxOptions sandboxOptions() {
        return SandboxOptions.defaults();
    }

    /** Creates objects in the workspace before the routes start. */
    protected void seed(Workspace workspace) {
    }

    /** Sets options of the component, which already points at the sandbox with its token. */
    protected void configure(Component intercom) {
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = IntercomSandbox.start(sandboxOptions());
        seed(sandbox.workspace());
        CamelContext context = super.createCamelContext();
        configure(sandbox.configure(context));
        return context;
    }

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
