/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.cluster;

import org.apache.camel.main.Main;

/**
 * One pod: Camel Main with {@code application.properties} and {@link PodRoutes}. Run the same on every pod, each
 * with its own {@code pod.name}, {@code pod.port} and {@code pod.http-port} (system properties or environment).
 */
public final class ClusterPod {

    private ClusterPod() {
    }

    public static void main(String[] args) throws Exception {
        // finds PodRoutes in this package
        new Main(ClusterPod.class).run(args);
    }
}
