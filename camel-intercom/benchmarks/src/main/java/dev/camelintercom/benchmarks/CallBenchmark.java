/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The per-call benchmarks: each client makes the same call against the suite's {@link CallStub}, whose address the
 * suite passes to the fork as {@code bench.stub} ({@code bench.counter}: its connection count). At the end of the
 * trial the fork writes how many connections the stub saw opened during the measurement iterations into
 * {@code bench.connections}/{@code <benchmark>-<client>-<threads>}.
 */
@State(Scope.Benchmark)
public class CallBenchmark {

    @Param({"component", "raw", "camelHttp", "rawInRoute"})
    public String client;

    private Client calls;
    private HttpClient counter;
    private int openedBeforeMeasurement = -1;

    @Setup(Level.Trial)
    public void start() throws Exception {
        calls = Client.create(client, System.getProperty("bench.stub"));
        counter = HttpClient.newHttpClient();
    }

    @Setup(Level.Iteration)
    public void beforeIteration(IterationParams iteration) throws Exception {
        if (iteration.getType() == IterationType.MEASUREMENT && openedBeforeMeasurement < 0) {
            openedBeforeMeasurement = connectionsOpened();
        }
    }

    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) throws Exception {
        int opened = connectionsOpened() - openedBeforeMeasurement;
        String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Path dir = Path.of(System.getProperty("bench.connections"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + "-" + client + "-" + params.getThreads()), String.valueOf(opened));
        calls.close();
    }

    private int connectionsOpened() throws IOException, InterruptedException {
        HttpResponse<String> answer = counter.send(HttpRequest.newBuilder(URI.create(System.getProperty("bench.counter")))
                .build(), HttpResponse.BodyHandlers.ofString());
        return Integer.parseInt(answer.body().trim());
    }

    @Benchmark
    public Object contactGet() throws Exception {
        return calls.getContact();
    }

    @Benchmark
    public Object conversationReply() throws Exception {
        return calls.reply();
    }

    @Benchmark
    public Object contactSearch() throws Exception {
        return calls.search();
    }
}
