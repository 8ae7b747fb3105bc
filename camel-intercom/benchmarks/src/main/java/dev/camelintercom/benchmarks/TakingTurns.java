/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The clients side by side in one JVM, taking turns: in every round each client calls, from every thread, for a turn
 * of the given length, in a new order each round, and every call's time is kept. The per-call benchmarks measure each client
 * in its own fork, minutes apart, so that what else the machine does between forks moves their ratios by tens of per
 * cent; here whatever the machine does falls on every client alike, which makes the ratios the steady figure of what a
 * client adds. The stub runs in the same JVM (its work is not counted, its pauses fall on all alike).
 */
final class TakingTurns {

    private TakingTurns() {
    }

    /**
     * Runs the rounds of one call at one thread count against the stub, after one unmeasured round of warm-up turns:
     * a figure per client (no bytes per call or connection count: those come from the per-call benchmarks).
     */
    static List<CallFigure> measure(CallStub stub, String benchmark, int threads, int rounds, long turnMillis)
            throws Exception {
        Map<String, Client> clients = new LinkedHashMap<>();
        for (String kind : LatencyChart.CLIENTS) {
            clients.put(kind, Client.create(kind, stub.baseUri()));
        }
        Map<String, List<long[]>> samples = new LinkedHashMap<>();
        clients.keySet().forEach(kind -> samples.put(kind, new ArrayList<>()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = -1; round < rounds; round++) {
                List<String> order = new ArrayList<>(clients.keySet());
                // a rotation per round, so that no client always follows the same one
                Collections.rotate(order, Math.max(0, round));
                for (String kind : order) {
                    List<long[]> turn = turn(pool, clients.get(kind), benchmark, threads, turnMillis);
                    if (round >= 0) {
                        samples.get(kind).addAll(turn);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            for (Client client : clients.values()) {
                client.close();
            }
        }
        List<CallFigure> figures = new ArrayList<>();
        samples.forEach((kind, parts) -> {
            long[] nanos = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            figures.add(new CallFigure(benchmark, kind, threads, micros(nanos, 50), micros(nanos, 99),
                    micros(nanos, 99.9), Arrays.stream(nanos).average().orElse(Double.NaN) / 1e3, Double.NaN, -1));
        });
        return figures;
    }

    /** The percentile of sorted nanoseconds, in microseconds. */
    private static double micros(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e3;
    }

    /** Every thread calls the client for the turn; the times of its calls, one array per thread. */
    private static List<long[]> turn(ExecutorService pool, Client client, String benchmark, int threads, long millis)
            throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        List<Future<long[]>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            loops.add(pool.submit(() -> loop(client, benchmark, end)));
        }
        List<long[]> times = new ArrayList<>();
        for (Future<long[]> loop : loops) {
            times.add(loop.get());
        }
        return times;
    }

    private static long[] loop(Client client, String benchmark, long end) throws Exception {
        long[] times = new long[4096];
        int count = 0;
        for (long start = System.nanoTime(); start < end; ) {
            client.call(benchmark);
            long now = System.nanoTime();
            if (count == times.length) {
                times = Arrays.copyOf(times, 2 * count);
            }
            times[count++] = now - start;
            start = now;
        }
        return Arrays.copyOf(times, count);
    }

    /** {@code TakingTurns <call> <threads> <rounds> <turn ms>}: prints the figures of one call, for trying it alone. */
    public static void main(String[] args) throws Exception {
        try (CallStub stub = new CallStub()) {
            measure(stub, args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]))
                    .forEach(System.out::println);
        }
    }
}
