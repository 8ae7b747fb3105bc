/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C on the running job, as a user presses it: the job in its own JVM gets SIGINT after its first progress line,
 * prints the summary so far as its last lines (no progress line after it) and exits with 130, within seconds.
 */
class SupportJobInterruptTest {

    private static final String PROGRESS = "\\[ *\\d+ s] CSV rows .*";
    private static final String STOPPED = "Stopped before the job caught up (Ctrl-C, or job.max-duration passed).";

    @TempDir
    Path output;

    @Test
    void ctrlCPrintsTheSummarySoFarAndStops() throws Exception {
        Path log = output.resolve("stderr.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djob.output-dir=" + output,
                "-Djob.progress-every=200ms", SupportJob.class.getName());
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(process, lines), "job-stdout");
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> lines.stream().anyMatch(line -> line.matches(PROGRESS))
                                                               || !process.isAlive());
            assertTrue(process.isAlive(), "the job ended before its first progress line: " + lines);
            long interrupted = System.nanoTime();
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor(10, TimeUnit.SECONDS);

            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the job still runs 20 s after Ctrl-C: " + lines
                                                              + Files.readString(log));
            reader.join(5000);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - interrupted);
            int summary = lines.indexOf(STOPPED);
            assertTrue(summary >= 0, "no summary after Ctrl-C: " + lines);
            List<String> summaryLines = lines.subList(summary, lines.size());
            assertEquals(8, summaryLines.size(), "the summary is the last output: " + summaryLines);
            assertTrue(summaryLines.get(1).startsWith("  CSV rows imported"), summaryLines.toString());
            assertTrue(summaryLines.get(7).startsWith("  time"), summaryLines.toString());
            assertEquals(130, process.exitValue());
            assertTrue(seconds < 15, "exited " + seconds + " s after Ctrl-C");
        } finally {
            process.destroyForcibly();
        }
    }

    private static void read(Process process, List<String> lines) {
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            stdout.lines().forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
