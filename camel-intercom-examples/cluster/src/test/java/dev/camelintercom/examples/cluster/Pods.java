/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The pods of the test: each {@link ClusterPod} in a JVM of its own, on the test's class path, with its Hazelcast
 * member and its HTTP server on free loopback ports, its output and its record in {@code target/pods}. Kills every
 * process it started when closed, whatever happened.
 */
final class Pods implements AutoCloseable {

    record Pod(String name, Process process, int httpPort, Path log, Path record) {
        String webhookUrl() {
            return "http://127.0.0.1:" + httpPort + "/intercom/contacts";
        }

        String output() {
            return read(log);
        }

        List<String> records() {
            return read(record).lines().toList();
        }
    }

    final List<Pod> pods = new ArrayList<>();

    Pods(int count, Map<String, String> properties) throws IOException {
        Path dir = Path.of("target", "pods");
        Files.createDirectories(dir);
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(freePort());
        }
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < count; i++) {
            String name = "pod-" + (i + 1);
            int httpPort = freePort();
            Path log = dir.resolve(name + ".log");
            Path record = dir.resolve(name + ".record");
            Files.deleteIfExists(record);
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "-Dpod.name=" + name, "-Dpod.port=" + ports.get(i), "-Dpod.members=" + members,
                    "-Dpod.cluster-name=test-" + ports.get(0), "-Dpod.http-port=" + httpPort, "-Dpod.record=" + record));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add(ClusterPod.class.getName());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            pods.add(new Pod(name, process, httpPort, log, record));
        }
    }

    /** The pod whose log says it took the leadership of the namespace, and has not been killed. */
    Pod leader(String namespace) {
        return pods.stream().filter(p -> p.process().isAlive())
                .filter(p -> p.output().contains("Took the leadership of " + namespace)).findFirst().orElse(null);
    }

    List<Pod> alive() {
        return pods.stream().filter(p -> p.process().isAlive()).toList();
    }

    /** SIGKILL: the JVM ends at once, nothing of it runs again (no shutdown hook, no goodbye to the cluster). */
    static void kill(Pod pod) throws InterruptedException {
        pod.process().destroyForcibly();
        pod.process().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        for (Pod pod : pods) {
            pod.process().destroyForcibly();
        }
        for (Pod pod : pods) {
            pod.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
