/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * For profiling, not part of the suite's figures: one client making one call in a loop, the stub in the same JVM, for
 * the given seconds after as many of warm-up; prints the calls made and, with one thread, the bytes the calling
 * thread allocated and the CPU time it used per call. Run it under JFR (see docs/performance.md) and read the
 * samples of the calling threads
 * ({@code main}, or {@code caller-<n>}):
 * {@code ProfileCalls <component|raw|camelHttp|rawInRoute> <contactGet|conversationReply|contactSearch> <seconds> [threads]}
 * ({@code rawInRoute}: the raw client inside a {@code direct:} route, Camel's own cost).
 */
public final class ProfileCalls {

    private ProfileCalls() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        String call = args[1];
        long seconds = Long.parseLong(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (CallStub stub = new CallStub(); Client client = Client.create(kind, stub.baseUri())) {
            if (threads == 1) {
                loop(client, call, seconds);
                long bytesBefore = mx.getCurrentThreadAllocatedBytes();
                long cpuBefore = mx.getCurrentThreadCpuTime();
                long calls = loop(client, call, seconds);
                long cpu = mx.getCurrentThreadCpuTime() - cpuBefore;
                long bytes = mx.getCurrentThreadAllocatedBytes() - bytesBefore;
                System.out.printf(Locale.ROOT, "%s %s: %,d calls in %d s, %,.0f bytes allocated and %.1f us of CPU "
                                               + "per call on the calling thread%n", kind, call, calls, seconds,
                        bytes / (double) calls, cpu / 1e3 / calls);
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads, run -> new Thread(run, "caller-" + run.hashCode()));
            try {
                List<Future<Long>> loops = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    loops.add(pool.submit(() -> loop(client, call, 2 * seconds)));
                }
                long calls = 0;
                for (Future<Long> loop : loops) {
                    calls += loop.get();
                }
                System.out.printf(Locale.ROOT, "%s %s: %,d calls in %d s from %d threads%n", kind, call, calls,
                        2 * seconds, threads);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static long loop(Client client, String call, long seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long calls = 0;
        while (System.nanoTime() < end) {
            client.call(call);
            calls++;
        }
        return calls;
    }
}
