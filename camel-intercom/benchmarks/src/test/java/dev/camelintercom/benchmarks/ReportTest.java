/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page the suite writes, from made-up figures: the goals judged both ways, every table row as wide as its header,
 * the clients taking turns measured and reported, and the hand-written part kept.
 */
class ReportTest {

    @Test
    void thePageHoldsBothMeasurementsAndKeepsTheHandWrittenPart() {
        List<CallFigure> forks = figures(true);
        List<CallFigure> turns = figures(false);
        Report report = new Report(new Machine(2, 1L << 34, "cpu", "jdk", 0.1), 0.2, true, 7, forks, turns,
                new ScaleFigures.Streaming[] {new ScaleFigures.Streaming(1_000_000, 1_000_000, 20_000, 50L << 20, 6667, null)},
                new ScaleFigures.Backlog(10_000, 5_000, 81, 10, 10, 10),
                List.of(new ScaleFigures.Burst(1, 8, 100, 5, 970, 0.96, 0, 0, 0)),
                new ScaleFigures.Webhook(2_000, 1.2, 7.5, 3_000, 800));

        String page = report.markdown("old figures\n" + Report.KEPT + "\nwritten by hand\n");

        assertFalse(page.contains("old figures"));
        assertTrue(page.endsWith(Report.KEPT + "\nwritten by hand\n"));
        for (String row : List.of("| p50 at most 1.05 × raw, JMH forks | worst 1.20 (contactGet, 1 thread) | **no**",
                "| p50 at most 1.05 × raw, taking turns | worst 1.02 (contactGet, 1 thread) | yes |",
                "| throughput at least 0.95 × raw in a route, taking turns |",
                "| never slower than the Camel `http` route (p50 and throughput), taking turns | slower in 0 of 9",
                "## Per call: the clients taking turns")) {
            assertTrue(page.contains(row), row);
        }
        for (String table : page.split("\n\n")) {
            List<String> rows = table.lines().filter(l -> l.startsWith("|")).toList();
            for (String row : rows) {
                assertEquals(bars(rows.get(0)), bars(row), row);
            }
        }
    }

    @Test
    void theClientsTakeTurnsAgainstTheStub() throws Exception {
        try (CallStub stub = new CallStub()) {
            List<CallFigure> figures = TakingTurns.measure(stub, "contactGet", 2, 1, 100);
            assertEquals(LatencyChart.CLIENTS, figures.stream().map(CallFigure::client).toList());
            for (CallFigure f : figures) {
                assertEquals("contactGet", f.benchmark());
                assertEquals(2, f.threads());
                assertTrue(f.p50() > 0 && f.callsPerSecond() > 0, f.toString());
            }
        }
    }

    private static long bars(String row) {
        return row.chars().filter(c -> c == '|').count();
    }

    /** Every call, thread count and client; the component 20 % over raw in the forks and 2 % in the turns. */
    private static List<CallFigure> figures(boolean forks) {
        List<CallFigure> figures = new ArrayList<>();
        for (String benchmark : LatencyChart.BENCHMARKS) {
            for (int threads : BenchmarkSuite.THREADS) {
                for (String client : LatencyChart.CLIENTS) {
                    double factor = client.equals("component") ? (forks ? 1.2 : 1.02) : client.equals("camelHttp") ? 1.5 : 1;
                    figures.add(new CallFigure(benchmark, client, threads, 100 * factor, 200 * factor, 300 * factor,
                            120 * factor, forks ? 16_000 * factor : Double.NaN, forks ? 0 : -1));
                }
            }
        }
        return figures;
    }
}
