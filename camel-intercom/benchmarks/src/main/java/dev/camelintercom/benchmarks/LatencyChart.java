/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The chart of the page, as SVG: a panel per call, a group of bars per thread count, a bar per client whose dark
 * part is the p50 and whose whole height is the p99.
 */
final class LatencyChart {

    static final List<String> BENCHMARKS = List.of("contactGet", "conversationReply", "contactSearch");
    static final List<String> CLIENTS = List.of("component", "raw", "camelHttp", "rawInRoute");
    private static final String[] DARK = {"#1f5fa8", "#2f8f46", "#b5482f", "#7a5aa6"};
    private static final String[] LIGHT = {"#9dbbe0", "#a6d6b2", "#e8ad9f", "#c9b8e0"};
    private static final int WIDTH = 920;
    private static final int PANEL = 230;
    private static final int LEFT = 80;
    private static final int TOP = 50;
    private static final int PLOT_HEIGHT = 160;

    private LatencyChart() {
    }

    static String svg(List<CallFigure> figures) {
        StringBuilder svg = new StringBuilder();
        int height = TOP + BENCHMARKS.size() * PANEL + 10;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">Latency per call (microseconds): "
                   + "dark p50, light p99, by client and thread count</text>\n");
        for (int c = 0; c < CLIENTS.size(); c++) {
            int x = LEFT + c * 150;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"30\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"41\">%s</text>%n", x, DARK[c], x + 16, CLIENTS.get(c)));
        }
        for (int b = 0; b < BENCHMARKS.size(); b++) {
            panel(svg, figures, BENCHMARKS.get(b), TOP + b * PANEL);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, List<CallFigure> figures, String benchmark, int top) {
        double max = figures.stream().filter(f -> f.benchmark().equals(benchmark)).mapToDouble(CallFigure::p99).max().orElse(1);
        double scale = niceCeiling(max);
        int baseline = top + 30 + PLOT_HEIGHT;
        int plotWidth = WIDTH - LEFT - 20;
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", top + 20, benchmark));
        for (int tick = 0; tick <= 4; tick++) {
            int y = baseline - tick * PLOT_HEIGHT / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT, y, LEFT + plotWidth, y,
                    LEFT - 6, y + 4, format(scale * tick / 4)));
        }
        int groups = BenchmarkSuite.THREADS.length;
        int groupWidth = plotWidth / groups;
        int bar = groupWidth / (CLIENTS.size() + 2);
        for (int g = 0; g < groups; g++) {
            int threads = BenchmarkSuite.THREADS[g];
            int groupLeft = LEFT + g * groupWidth + bar;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d thread%s</text>%n",
                    groupLeft + bar * CLIENTS.size() / 2, baseline + 16, threads, threads == 1 ? "" : "s"));
            for (int c = 0; c < CLIENTS.size(); c++) {
                Optional<CallFigure> figure = find(figures, benchmark, CLIENTS.get(c), threads);
                if (figure.isEmpty()) {
                    continue;
                }
                int x = groupLeft + c * bar;
                int p99 = (int) Math.round(figure.get().p99() / scale * PLOT_HEIGHT);
                int p50 = (int) Math.round(figure.get().p50() / scale * PLOT_HEIGHT);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s %s, %d threads: p99 %s us</title></rect>%n", x, baseline - p99, bar - 4, p99,
                        LIGHT[c], benchmark, CLIENTS.get(c), threads, format(figure.get().p99())));
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s %s, %d threads: p50 %s us</title></rect>%n", x, baseline - p50, bar - 4, p50,
                        DARK[c], benchmark, CLIENTS.get(c), threads, format(figure.get().p50())));
            }
        }
    }

    static Optional<CallFigure> find(List<CallFigure> figures, String benchmark, String client, int threads) {
        return figures.stream().filter(f -> f.benchmark().equals(benchmark) && f.client().equals(client)
                                            && f.threads() == threads).findFirst();
    }

    /** The smallest 1, 2 or 5 times a power of ten not below the value. */
    private static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
