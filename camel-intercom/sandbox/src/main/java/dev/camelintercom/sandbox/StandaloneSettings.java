/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Duration;
import java.util.Locale;

/** The command line of {@link StandaloneSandbox}, checked: each mistake is an {@link IllegalArgumentException} of one line. */
record StandaloneSettings(SandboxOptions options, boolean demo, Duration arrivalsEvery) {

    static final int DEFAULT_PORT = 8089;
    static final Duration DEFAULT_ARRIVALS_EVERY = Duration.ofSeconds(10);

    static StandaloneSettings parse(String... args) {
        SandboxOptions options = SandboxOptions.defaults().port(DEFAULT_PORT);
        boolean demo = true;
        Duration arrivalsEvery = DEFAULT_ARRIVALS_EVERY;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(StandaloneSandbox.USAGE_LINE);
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(name.startsWith("--")
                        ? name + " needs a value; " + StandaloneSandbox.USAGE_LINE
                        : "Unknown argument '" + name + "'; " + StandaloneSandbox.USAGE_LINE);
            }
            String value = args[++i];
            switch (name) {
                case "--port" -> options.port(number(name, value, 0, 65535));
                case "--seed" -> demo = switch (value.toLowerCase(Locale.ROOT)) {
                    case "demo" -> true;
                    case "empty" -> false;
                    default -> throw new IllegalArgumentException("Unknown seed '" + value + "': use demo or empty");
                };
                case "--token" -> {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--token needs a non-blank value");
                    }
                    options.accessToken(value);
                }
                case "--rate-limit" -> options.rateLimit(number(name, value, 1, Integer.MAX_VALUE));
                case "--arrivals-every" -> arrivalsEvery = Duration.ofSeconds(number(name, value, 0, 86_400));
                default -> throw new IllegalArgumentException("Unknown argument '" + name + "'; " + StandaloneSandbox.USAGE_LINE);
            }
        }
        return new StandaloneSettings(options, demo, arrivalsEvery);
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " takes a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
}
