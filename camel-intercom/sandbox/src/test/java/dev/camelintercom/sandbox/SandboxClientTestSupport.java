/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import org.junit.jupiter.api.AfterEach;

/**
 * A test that talks plain HTTP to a sandbox it starts with the options it needs.
 */
abstract class SandboxClientTestSupport {

    protected IntercomSandbox sandbox;
    protected SandboxClient client;

    protected void start(SandboxOptions options) {
        sandbox = IntercomSandbox.start(options);
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
