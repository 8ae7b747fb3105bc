/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Writes {@code docs/performance.md} from the figures of a run, keeping the hand-written part below {@link #KEPT}. */
final class Report {

    static final String CHART = "performance-latency.svg";
    static final String KEPT = "<!-- Below this line the page is written by hand: the benchmark run keeps it as it is. -->";
    static final String COMMAND = "mvn -B -q package -Pbenchmarks";

    private final Machine machine;
    private final double loadAtEnd;
    private final boolean quick;
    private final long minutes;
    private final List<CallFigure> calls;
    private final List<CallFigure> turns;
    private final ScaleFigures.Streaming[] streaming;
    private final ScaleFigures.Backlog backlog;
    private final List<ScaleFigures.Burst> bursts;
    private final ScaleFigures.Webhook webhook;
    private final StringBuilder out = new StringBuilder();

    Report(Machine machine, double loadAtEnd, boolean quick, long minutes, List<CallFigure> calls,
           List<CallFigure> turns, ScaleFigures.Streaming[] streaming, ScaleFigures.Backlog backlog,
           List<ScaleFigures.Burst> bursts, ScaleFigures.Webhook webhook) {
        this.machine = machine;
        this.loadAtEnd = loadAtEnd;
        this.quick = quick;
        this.minutes = minutes;
        this.calls = calls;
        this.turns = turns;
        this.streaming = streaming;
        this.backlog = backlog;
        this.bursts = bursts;
        this.webhook = webhook;
    }

    /** The page: the generated figures, then whatever the previous page had below {@link #KEPT}. */
    String markdown(String previous) {
        header();
        goals();
        perCall();
        takingTurns();
        scale();
        int kept = previous.indexOf(KEPT);
        out.append('\n').append(kept >= 0 ? previous.substring(kept) : KEPT + "\n");
        return out.toString();
    }

    private void header() {
        line("# Performance");
        line("");
        line("What the component costs beside what a user would write by hand, and how its cost grows (issue 10). "
             + "Everything above the hand-written part at the end is written by the benchmark suite "
             + "(`camel-intercom/benchmarks`); rerun it with");
        line("");
        line("```");
        line(COMMAND + "                      # the full run, about 20 minutes");
        line(COMMAND + " -Dbench.quick=true   # a short run, about 7 minutes, for trying changes");
        line("```");
        line("");
        line("from the repository root (it builds the reactor first, tests skipped, then runs "
             + "`dev.camelintercom.benchmarks.BenchmarkSuite`, which rewrites this page and [" + CHART + "](" + CHART + ")). "
             + "`mvn -B verify` compiles the suite but runs none of it.");
        line("");
        line("| run | |");
        line("|---|---|");
        line("| measured | " + Instant.now().truncatedTo(ChronoUnit.MINUTES) + ", " + (quick
                ? "**quick run** (`-Dbench.quick=true`: short iterations, smaller scale figures)" : "full run")
             + ", " + minutes + " minutes |");
        line("| machine | " + machine.describe() + String.format(Locale.ROOT, ", %.2f at the end", loadAtEnd) + " |");
        if (machine.loaded()) {
            line("| **note** | **figures from a loaded machine** (load average above half the cores at the start): "
                 + "other work shared the cores, so absolute times are high and ratios noisy |");
        }
        line("| stub | WireMock on loopback in the suite's JVM; for the JMH table each benchmark and client in its own "
             + "fork (`-Xmx512m`), so the stub's work and allocation are not counted in the client's; for the turns "
             + "table the clients in the suite's JVM beside it |");
        line("");
    }

    private void goals() {
        line("## Goals of issue 10");
        line("");
        line("Ratios are component / raw HttpClient 5 + Jackson, the worst over the three calls and 1, 8 and 32 threads. "
             + "Latency and throughput are measured twice: each client in a JMH fork of its own, one after the other "
             + "([per call](#per-call-the-component-raw-httpclient-5--jackson-a-camel-http-route-raw-in-a-route)), and "
             + "the clients taking turns in one JVM ([taking turns](#per-call-the-clients-taking-turns)), where whatever "
             + "else the machine does falls on every client alike. Bytes and connections come from the JMH forks.");
        line("");
        line("| goal | this run | met |");
        line("|---|---|---|");
        latencyGoals("raw", "raw");
        ratioGoal("bytes allocated per call at most 1.5 × raw", calls, "raw", CallFigure::bytesPerCall, true, 1.5);
        notSlowerThanCamelHttp("JMH forks", calls);
        notSlowerThanCamelHttp("taking turns", turns);
        int opened = calls.stream().filter(f -> f.client().equals("component")).mapToInt(CallFigure::newConnections).sum();
        line("| 0 new connections after warm-up | component: " + opened + " (raw: "
             + calls.stream().filter(f -> f.client().equals("raw")).mapToInt(CallFigure::newConnections).sum()
             + ", Camel http: " + calls.stream().filter(f -> f.client().equals("camelHttp"))
                     .mapToInt(CallFigure::newConnections).sum() + ") | " + yes(opened == 0) + " |");
        Optional<ScaleFigures.Streaming> million = java.util.Arrays.stream(streaming)
                .filter(s -> s.contacts() == 1_000_000).findFirst();
        line("| 1,000,000 contacts streamed under `-Xmx64m` | " + million.map(s -> s.failure() == null
                ? String.format(Locale.ROOT, "%,d routed in %.1f s", s.routed(), s.millis() / 1000.0) : "failed: " + s.failure())
                .orElse("not measured in a quick run") + " | "
             + million.map(s -> yes(s.failure() == null && s.routed() == 1_000_000)).orElse("n/a") + " |");
        line("");
        line("The same bounds against the raw client called from a processor of a `direct:` route (`rawInRoute`): Camel's "
             + "exchange and routing with no component, the floor under any Camel route, so these ratios are what the "
             + "component itself adds.");
        line("");
        line("| bound | this run | within |");
        line("|---|---|---|");
        latencyGoals("rawInRoute", "raw in a route");
        ratioGoal("bytes allocated per call at most 1.5 × raw in a route", calls, "rawInRoute", CallFigure::bytesPerCall,
                true, 1.5);
        line("");
    }

    /** The p50, p99 and throughput rows against the baseline client, from the JMH forks and from the turns. */
    private void latencyGoals(String baseline, String name) {
        latencyGoals(baseline, name + ", JMH forks", calls);
        latencyGoals(baseline, name + ", taking turns", turns);
    }

    private void latencyGoals(String baseline, String name, List<CallFigure> figures) {
        ratioGoal("p50 at most 1.05 × " + name, figures, baseline, CallFigure::p50, true, 1.05);
        ratioGoal("p99 at most 1.05 × " + name, figures, baseline, CallFigure::p99, true, 1.05);
        ratioGoal("throughput at least 0.95 × " + name, figures, baseline, CallFigure::callsPerSecond, false, 0.95);
    }

    private void notSlowerThanCamelHttp(String method, List<CallFigure> figures) {
        long slower = figures.stream().filter(f -> f.client().equals("component")).filter(f -> LatencyChart
                .find(figures, f.benchmark(), "camelHttp", f.threads())
                .map(h -> f.p50() > h.p50() || f.callsPerSecond() < h.callsPerSecond()).orElse(false)).count();
        long combinations = figures.stream().filter(f -> f.client().equals("component")).count();
        line("| never slower than the Camel `http` route (p50 and throughput), " + method + " | slower in " + slower
             + " of " + combinations + " call and thread combinations | " + yes(slower == 0) + " |");
    }

    /** A row: the worst ratio of the component to the baseline client over the calls and thread counts. */
    private void ratioGoal(String goal, List<CallFigure> figures, String baseline, ToDoubleFunction<CallFigure> figure,
                           boolean atMost, double bound) {
        double worst = atMost ? 0 : Double.MAX_VALUE;
        String where = "";
        for (CallFigure component : figures) {
            if (!component.client().equals("component")) {
                continue;
            }
            Optional<CallFigure> raw = LatencyChart.find(figures, component.benchmark(), baseline, component.threads());
            if (raw.isEmpty()) {
                continue;
            }
            double ratio = figure.applyAsDouble(component) / figure.applyAsDouble(raw.get());
            if (atMost ? ratio > worst : ratio < worst) {
                worst = ratio;
                where = component.benchmark() + ", " + component.threads() + " thread" + (component.threads() == 1 ? "" : "s");
            }
        }
        boolean met = atMost ? worst <= bound : worst >= bound;
        line(String.format(Locale.ROOT, "| %s | worst %.2f (%s) | %s |", goal, worst, where, yes(met)));
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no** (the remaining costs: see below)";
    }

    private void perCall() {
        line("## Per call: the component, raw HttpClient 5 + Jackson, a Camel http route, raw in a route");
        line("");
        line("The same requests and headers (`Authorization`, `Intercom-Version: 2.16`, `Accept`, `User-Agent`, JSON "
             + "bodies written from the same `Map`), each client with a pool of 64 connections, answers read into the "
             + "component's model classes (`Contact`, `Conversation`, a `List<Contact>` of the 150 of a search page). "
             + "The component: `intercom:contact?operation=get`, `intercom:conversation?operation=reply`, "
             + "`intercom:contact?operation=search&perPage=150` behind a `direct:` route, with its defaults (the rate-limit "
             + "governor on). The Camel route: `http` with hand-set headers and camel-jackson `marshal`/`unmarshal`. "
             + "Raw in a route (`rawInRoute`): the raw client called from a processor of the same `direct:` routes. "
             + "Latency from JMH SampleTime (" + (quick ? "1 × 1 s warm-up, 2 × 1 s measured" : "3 × 2 s warm-up, 4 × 2 s measured")
             + ", one fork); calls/s = threads / mean sampled time; bytes per call from JMH's gc profiler "
             + "(`gc.alloc.rate.norm`); new connections = TCP connections the stub saw opened during the measured "
             + "iterations. Ratios against raw at the same thread count.");
        line("");
        table(calls, true);
        line("![p50 and p99 per client and thread count](" + CHART + ")");
        line("");
    }

    private void takingTurns() {
        line("## Per call: the clients taking turns");
        line("");
        line("The same clients and calls against the same stub, all in the suite's JVM: for each call and thread count, "
             + (quick ? BenchmarkSuite.TURNS_QUICK : BenchmarkSuite.TURNS) + " rounds (after one of warm-up) in which "
             + "each client calls for " + BenchmarkSuite.TURN_MILLIS / 1000 + " s from every thread, the order rotating "
             + "from round to round; every call timed with `System.nanoTime`. A client's figures above come from a fork "
             + "of its own, minutes from the others', so that what else the machine did in between moves their ratios; "
             + "here it falls on every client alike. Ratios against raw at the same thread count.");
        line("");
        table(turns, false);
    }

    /** A row per call, thread count and client, with its ratios to raw; bytes and connections where measured. */
    private void table(List<CallFigure> figures, boolean jmh) {
        line("| call | threads | client | p50 us | p99 us | p99.9 us | calls/s | " + (jmh ? "KB/call | new conns | " : "")
             + "p50/raw | p99/raw | calls/s / raw |" + (jmh ? " bytes/raw |" : ""));
        line("|---|---|---|---|---|---|---|---|---|---|" + (jmh ? "---|---|---|" : ""));
        for (String benchmark : LatencyChart.BENCHMARKS) {
            for (int threads : BenchmarkSuite.THREADS) {
                Optional<CallFigure> raw = LatencyChart.find(figures, benchmark, "raw", threads);
                for (String client : LatencyChart.CLIENTS) {
                    LatencyChart.find(figures, benchmark, client, threads).ifPresent(f -> line(String.format(Locale.ROOT,
                            "| %s | %d | %s | %.0f | %.0f | %.0f | %,.0f | ", benchmark, threads, client, f.p50(),
                            f.p99(), f.p999(), f.callsPerSecond())
                            + (jmh ? String.format(Locale.ROOT, "%.1f | %d | ", f.bytesPerCall() / 1024, f.newConnections()) : "")
                            + ratio(f, raw, CallFigure::p50) + " | " + ratio(f, raw, CallFigure::p99) + " | "
                            + ratio(f, raw, CallFigure::callsPerSecond) + " |"
                            + (jmh ? " " + ratio(f, raw, CallFigure::bytesPerCall) + " |" : "")));
                }
            }
        }
        line("");
    }

    private static String ratio(CallFigure figure, Optional<CallFigure> raw, ToDoubleFunction<CallFigure> value) {
        return raw.map(r -> String.format(Locale.ROOT, "%.2f", value.applyAsDouble(figure) / value.applyAsDouble(r)))
                .orElse("");
    }

    private void scale() {
        line("## How the cost grows");
        line("");
        line("### Streaming a paginating list");
        line("");
        line("`intercom:contact?operation=list&perPage=150&paginate=true` and `split(body()).streaming()`, in a forked "
             + "JVM under `-Xmx64m`, over a generated workspace (a JDK HTTP server making each page of 150 contacts, "
             + "about 1.3 KB each, when asked). Peak heap: the sum of the heap pools' peaks, an upper bound.");
        line("");
        line("| contacts | routed | pages | time s | contacts/s | peak heap MB |");
        line("|---|---|---|---|---|---|");
        for (ScaleFigures.Streaming s : streaming) {
            if (s.failure() != null) {
                line(String.format(Locale.ROOT, "| %,d | failed: %s | %d | | | |", s.contacts(), s.failure(), s.pages()));
            } else {
                line(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %,.0f | %.1f |", s.contacts(), s.routed(),
                        s.pages(), s.millis() / 1000.0, s.routed() * 1000.0 / Math.max(1, s.millis()),
                        s.peakHeapBytes() / (1024.0 * 1024)));
            }
        }
        line("");
        line("### The consumer: a backlog, then idle polls");
        line("");
        line(String.format(Locale.ROOT, "`from(\"intercom:conversation?startFrom=beginning&delay=100\")` against the "
                + "sandbox holding %,d conversations created one second apart, more than an hour ago: drained in %.1f s with %d calls of `POST /conversations/search` "
                + "over %d polls (%,d / 150 = %d pages). Then, nothing new: %d calls in %d idle polls (%.2f per poll).",
                backlog.conversations(), backlog.millis() / 1000.0, backlog.calls(), backlog.polls(),
                backlog.conversations(), (backlog.conversations() + 149) / 150, backlog.idleCalls(), backlog.idlePolls(),
                backlog.idleCalls() / (double) Math.max(1, backlog.idlePolls())));
        line("");
        line("### The rate-limit governor under a burst");
        line("");
        line("Contact gets from every thread as fast as they go, routes without redelivery, against the sandbox's rate "
             + "limit; two contexts are two pods of one application sharing a token. Share of the limit: calls answered "
             + "(not 429) per whole window / the limit.");
        line("");
        line("| CamelContexts × threads | limit | calls sent | share of the limit used | 429s answered | 429s reaching a route | other failures |");
        line("|---|---|---|---|---|---|---|");
        for (ScaleFigures.Burst b : bursts) {
            line(String.format(Locale.ROOT, "| %d × %d | %d per %d s | %,d | %.1f %% | %d | %d | %d |", b.contexts(),
                    b.threadsEach(), b.limit(), b.windowSeconds(), b.calls(), 100 * b.shareOfLimit(), b.answered429(),
                    b.routeSaw429(), b.otherFailures()));
        }
        line("");
        line("### Webhooks: from the sandbox sending to the route receiving");
        line("");
        line(String.format(Locale.ROOT, "The sandbox delivers signed `conversation.user.created` notifications to "
                + "`webhook:intercom:conversation` on a Vert.x `platform-http` server (default acknowledgement: answered "
                + "once verified and stored). One at a time (%,d after 100 of warm-up), from creating the conversation "
                + "(which queues its delivery) to the route's processor: **p50 %.2f ms, p99 %.2f ms**. %,d created at "
                + "once, delivered one after the other by the sandbox's single sender as Intercom does per app: "
                + "**%,.0f deliveries/s** absorbed by one route.", webhook.latencySamples(), webhook.p50Millis(),
                webhook.p99Millis(), webhook.burst(), webhook.perSecond()));
        line("");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
