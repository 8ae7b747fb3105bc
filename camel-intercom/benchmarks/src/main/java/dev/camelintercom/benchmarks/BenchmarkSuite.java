/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

import java.util.concurrent.TimeUnit;

/**
 * Runs the whole suite and writes {@code docs/performance.md} and {@code docs/performance-latency.svg}:
 * {@code mvn -B -q package -Pbenchmarks} (about 20 minutes), or with {@code -Dbench.quick=true} (about 7).
 * Argument: the docs folder.
 */
public final class BenchmarkSuite {

    static final int[] THREADS = {1, 8, 32};
    /** Rounds of the clients taking turns, and the length of a turn. */
    static final int TURNS = 8;
    static final int TURNS_QUICK = 2;
    static final long TURN_MILLIS = 1_000;

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs").toAbsolutePath().normalize();
        boolean quick = Boolean.getBoolean("bench.quick");
        progress("waiting up to 3 minutes for the load average (" + Machine.load() + ") to fall below half the cores");
        Machine machine = Machine.settled(180);
        long started = System.nanoTime();
        progress("machine: " + machine.describe() + (quick ? "; quick run" : "; full run"));

        List<CallFigure> calls = new ArrayList<>();
        List<CallFigure> turns = new ArrayList<>();
        try (CallStub stub = new CallStub()) {
            Path connections = Files.createTempDirectory("bench-connections");
            warmUp(stub, quick ? 2_000 : 30_000);
            for (int threads : THREADS) {
                calls.addAll(perCall(stub, connections, threads, quick));
            }
            for (int threads : THREADS) {
                for (String benchmark : LatencyChart.BENCHMARKS) {
                    List<CallFigure> figures = TakingTurns.measure(stub, benchmark, threads, quick ? TURNS_QUICK : TURNS,
                            TURN_MILLIS);
                    figures.forEach(f -> progress("taking turns: " + f));
                    turns.addAll(figures);
                }
            }
        }
        ScaleFigures.Streaming[] streaming;
        try (PagingStub pages = new PagingStub()) {
            int[] sizes = quick ? new int[] {10_000, 100_000} : new int[] {100_000, 1_000_000};
            streaming = new ScaleFigures.Streaming[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                streaming[i] = ScaleFigures.streaming(pages, sizes[i]);
                progress("streaming: " + streaming[i]);
            }
        }
        ScaleFigures.Backlog backlog = ScaleFigures.backlog(quick ? 3_000 : 10_000, 10);
        progress("backlog: " + backlog);
        int burstSeconds = quick ? 25 : 45;
        ScaleFigures.Burst oneContext = ScaleFigures.burst(1, 8, 100, 5, burstSeconds);
        progress("burst: " + oneContext);
        ScaleFigures.Burst twoContexts = ScaleFigures.burst(2, 4, 100, 5, burstSeconds);
        progress("burst: " + twoContexts);
        ScaleFigures.Webhook webhook = ScaleFigures.webhook(100, quick ? 300 : 2_000, quick ? 500 : 3_000);
        progress("webhook: " + webhook);

        long minutes = Math.round((System.nanoTime() - started) / 60e9);
        Report report = new Report(machine, Machine.load(), quick, minutes, calls, turns, streaming, backlog,
                List.of(oneContext, twoContexts), webhook);
        Path page = docs.resolve("performance.md");
        Files.writeString(docs.resolve(Report.CHART), LatencyChart.svg(calls));
        Files.writeString(page, report.markdown(Files.exists(page) ? Files.readString(page) : ""));
        progress("wrote " + page + " and " + docs.resolve(Report.CHART));
    }

    /**
     * Answers each of the stub's calls the given number of times before any fork measures: the stub runs in this JVM,
     * and a cold one (interpreted, not yet compiled) would slow down whichever client's fork came first.
     */
    private static void warmUp(CallStub stub, int callsEach) throws Exception {
        try (Client client = Client.create("raw", stub.baseUri())) {
            for (int i = 0; i < callsEach; i++) {
                client.getContact();
                client.reply();
                if (i % 10 == 0) {
                    client.search();
                }
            }
        }
        progress("stub warmed up: " + callsEach + " gets and replies, " + callsEach / 10 + " searches");
    }

    /** Every per-call benchmark at one thread count, in one JMH run (a fork per benchmark and client). */
    private static List<CallFigure> perCall(CallStub stub, Path connections, int threads, boolean quick) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder().include(CallBenchmark.class.getName() + "\\.")
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS).threads(threads).forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 4).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .addProfiler(GCProfiler.class).shouldFailOnError(true)
                .jvmArgsAppend("-Xms512m", "-Xmx512m", "-Dbench.stub=" + stub.baseUri(),
                        "-Dbench.counter=" + stub.counterUri(), "-Dbench.connections=" + connections)
                .output(connections.resolve("jmh-" + threads + ".log").toString());
        progress("per call, " + threads + " thread(s): JMH log in " + connections.resolve("jmh-" + threads + ".log"));
        Collection<RunResult> results = new Runner(options.build()).run();
        List<CallFigure> figures = new ArrayList<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String client = run.getParams().getParam("client");
            var latency = run.getPrimaryResult().getStatistics();
            Path opened = connections.resolve(benchmark + "-" + client + "-" + threads);
            CallFigure figure = new CallFigure(benchmark, client, threads, latency.getPercentile(50),
                    latency.getPercentile(99), latency.getPercentile(99.9), latency.getMean(),
                    secondary(run.getSecondaryResults(), "gc.alloc.rate.norm"),
                    Files.exists(opened) ? Integer.parseInt(Files.readString(opened).trim()) : -1);
            progress(figure.toString());
            figures.add(figure);
        }
        return figures;
    }

    private static double secondary(Map<String, Result> results, String name) {
        return results.entrySet().stream().filter(e -> e.getKey().endsWith(name)).mapToDouble(e -> e.getValue().getScore())
                .findFirst().orElse(Double.NaN);
    }

    private static void progress(String line) {
        System.out.println("[bench] " + line);
    }
}
