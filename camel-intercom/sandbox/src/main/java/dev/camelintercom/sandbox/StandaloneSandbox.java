/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.PrintStream;
import java.net.BindException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox on its own, for routes running in another process (a Spring Boot or Quarkus application, a route
 * designer): {@code StandaloneSandbox --port 8089 --seed demo} serves a seeded workspace on the loopback interface
 * until Ctrl-C and prints its base URI and token. A bad argument, an unknown seed or a port in use: one line on
 * standard error and exit code 2. See {@code docs/sandbox.md}.
 */
public final class StandaloneSandbox {

    /** Exit code of a command line that cannot be served. */
    public static final int USAGE = 2;

    static final String USAGE_LINE = "usage: StandaloneSandbox [--port <0-65535, 0 for a free one; default "
                                     + StandaloneSettings.DEFAULT_PORT + ">] [--seed demo|empty] [--token <token>] "
                                     + "[--rate-limit <calls per 10 s>] [--arrivals-every <seconds, 0 for none>]";

    private StandaloneSandbox() {
    }

    public static void main(String[] args) throws InterruptedException {
        IntercomSandbox sandbox;
        try {
            sandbox = start(StandaloneSettings.parse(args), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(USAGE);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Starts a sandbox as the settings say and prints how to reach it. Throws {@link IllegalArgumentException} with
     * the line to show when the port is taken.
     */
    static IntercomSandbox start(StandaloneSettings settings, PrintStream out) {
        IntercomSandbox sandbox;
        try {
            sandbox = IntercomSandbox.start(settings.options());
        } catch (RuntimeException e) {
            if (causedByBindFailure(e)) {
                throw new IllegalArgumentException("Port " + settings.options().port()
                                                   + " is in use: choose another with --port (0 for a free one)", e);
            }
            throw e;
        }
        String seeded = "an empty workspace";
        if (settings.demo()) {
            DemoSeed.Seeded demo = DemoSeed.seed(sandbox);
            seeded = "the demo workspace (" + demo.contactIds().size() + " contacts, " + demo.companyIds().size()
                     + " companies, " + demo.backlogIds().size() + " open conversations";
            Duration every = settings.arrivalsEvery();
            if (!every.isZero()) {
                DemoSeed.arrivals(sandbox, demo, Integer.MAX_VALUE, every);
                seeded += ", a new one every " + every.toSeconds() + " s";
            }
            seeded += ")";
        }
        out.println("Intercom sandbox serving " + seeded + ", " + sandbox.options().rateLimit() + " calls per "
                    + sandbox.options().rateLimitWindowSeconds() + " s");
        out.println("  base URI:     " + sandbox.baseUri());
        out.println("  access token: " + sandbox.accessToken());
        out.println("Camel properties:");
        Properties properties = sandbox.applicationProperties();
        properties.stringPropertyNames().stream().sorted()
                .forEach(name -> out.println("  " + name + " = " + properties.getProperty(name)));
        out.println("Stop it with Ctrl-C.");
        out.flush();
        return sandbox;
    }

    private static boolean causedByBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
