/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Consumer triage and CSV import ({@code routes/*.yaml}) in Spring Boot, configured by {@code application.properties}
 * alone. Runs against an embedded sandbox unless started with {@code intercom.live=true} and a token: see
 * {@link SandboxOrLive}.
 */
@SpringBootApplication
public class IntercomSpringBootApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(IntercomSpringBootApplication.class).initializers(new SandboxOrLive()).run(args);
    }
}
