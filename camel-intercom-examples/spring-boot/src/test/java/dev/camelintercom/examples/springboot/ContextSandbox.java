/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelintercom.sandbox.IntercomSandbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The sandbox of an application test as a bean of the test's application context, so that Spring closes it with the
 * context, after Camel has stopped the routes that call it (a JUnit {@code @AfterAll} would close it first). A test
 * starts it with {@link #start()} in a static field, since its {@code @DynamicPropertySource} needs the base URI
 * before the context exists, and imports this configuration, which finds the sandbox by that base URI.
 */
@TestConfiguration(proxyBeanMethods = false)
class ContextSandbox {

    private static final Map<String, IntercomSandbox> STARTED = new ConcurrentHashMap<>();

    static IntercomSandbox start() {
        IntercomSandbox sandbox = IntercomSandbox.start();
        STARTED.put(sandbox.baseUri(), sandbox);
        return sandbox;
    }

    @Bean
    IntercomSandbox intercomSandbox(@Value("${camel.component.intercom.base-uri}") String baseUri) {
        IntercomSandbox sandbox = STARTED.remove(baseUri);
        if (sandbox == null) {
            throw new IllegalStateException("No sandbox of ContextSandbox.start() at " + baseUri);
        }
        return sandbox;
    }
}
