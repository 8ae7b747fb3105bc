/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on. */
record Machine(int cores, long memoryBytes, String cpu, String jdk, double loadAtStart) {

    /**
     * The machine once it has settled: waits, up to the given seconds, for the one-minute load average to fall below
     * half the cores, so that the load of the build that just ran (the suite's own command compiles the reactor first)
     * is not taken for other work.
     */
    static Machine settled(int maxSeconds) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int waited = 0; waited < maxSeconds && load() > cores / 2.0; waited += 5) {
            Thread.sleep(5_000);
        }
        return now();
    }

    static Machine now() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(), cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), load());
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A machine busier than half its cores at the start gives figures to be read as such. */
    boolean loaded() {
        return loadAtStart > cores / 2.0;
    }

    String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB memory, %s, load average %.2f at the start",
                cores, cpu, memoryBytes / (1024.0 * 1024 * 1024), jdk, loadAtStart);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("cpu unknown");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
