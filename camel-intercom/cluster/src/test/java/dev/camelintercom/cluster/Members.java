/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import static org.awaitility.Awaitility.await;

/**
 * Pods of one test: each a Camel context with an {@link IntercomCluster} on its own free loopback port, all listing
 * each other as members. Stops what it started.
 */
final class Members implements AutoCloseable {

    final List<CamelContext> contexts = new ArrayList<>();
    final List<IntercomCluster> clusters = new ArrayList<>();

    Members(int count) throws Exception {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(freePort());
        }
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        for (int port : ports) {
            IntercomCluster cluster = new IntercomCluster();
            cluster.setClusterName("test-" + ports.get(0));
            cluster.setPort(port);
            cluster.setMembers(members);
            cluster.setLeaderCheckMillis(200);
            cluster.setMemberTimeoutSeconds(3);
            CamelContext context = new DefaultCamelContext();
            context.getRegistry().bind("intercomCluster", cluster);
            clusters.add(cluster);
            contexts.add(context);
        }
        clusters.parallelStream().forEach(IntercomCluster::instance);
        await().until(() -> clusters.stream().allMatch(c -> c.memberCount() == count));
    }

    <T> T bean(int pod, String name, Class<T> type) {
        return contexts.get(pod).getRegistry().lookupByNameAndType(name, type);
    }

    /** The pod's engine dies, as in a crash: its member stops at once, without telling the others. */
    void crash(int pod) {
        clusters.get(pod).instance().getLifecycleService().terminate();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (CamelContext context : contexts) {
            context.stop();
        }
        for (IntercomCluster cluster : clusters) {
            cluster.stop();
        }
    }
}
