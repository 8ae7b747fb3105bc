/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The job refuses to start on a missing or unreadable CSV file, or live mode without what it needs: one line on
 * standard error, exit code 2, and nothing started or sent (not even the job's first line).
 */
class SupportJobSetupTest {

    private static final Map<String, String> TOKEN = Map.of("INTERCOM_ACCESS_TOKEN", "token-of-the-user",
            "INTERCOM_ADMIN_ID", "991267", "INTERCOM_TRIAGE_TEAM_ID", "814");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aMissingCsvFile() {
        Path missing = dir.resolve("nope.csv");

        assertRefused("Cannot read the CSV file " + missing + ": there is no such file", List.of("--csv", missing.toString()), Map.of());
    }

    @Test
    void anUnreadableCsvFile() throws IOException {
        Path file = Files.writeString(dir.resolve("contacts.csv"), ContactRow.HEADER + "\n");
        assumeFalse(!file.toFile().setReadable(false, false) || Files.isReadable(file), "the file stays readable (root?)");

        assertRefused("Cannot read the CSV file " + file + ": permission denied", List.of("--csv", file.toString()), Map.of());
    }

    @Test
    void aCsvFileWithoutTheHeaderLine() throws IOException {
        Path file = Files.writeString(dir.resolve("contacts.csv"), "email,name\nada@example.com,Ada\n");

        assertRefused("The CSV file " + file + " must start with the header line " + ContactRow.HEADER,
                List.of("--csv", file.toString()), Map.of());
    }

    @Test
    void liveModeWithoutAToken() throws IOException {
        assertRefused("Live mode needs INTERCOM_ACCESS_TOKEN (or -Dintercom.access-token): the access token of your "
                      + "Intercom app; nothing was sent", List.of("--live", "--csv", emptyCsv()), liveEnvWithout("INTERCOM_ACCESS_TOKEN"));
    }

    @Test
    void liveModeByPropertyWithoutAnAdmin() throws IOException {
        assertRefused("Live mode needs INTERCOM_ADMIN_ID (or -Dintercom.admin-id): the admin who replies, assigns and "
                      + "closes; nothing was sent", List.of("--csv", emptyCsv()), liveEnvWithout("INTERCOM_ADMIN_ID"),
                Map.of("job.live", "true"));
    }

    @Test
    void liveModeWithoutACsvFile() {
        assertRefused("Live mode imports the CSV file you name: add --csv <file>; nothing was sent", List.of("--live"), TOKEN);
    }

    @Test
    void liveModeInAnUnknownRegion() throws IOException {
        Map<String, String> env = new HashMap<>(TOKEN);
        env.put("INTERCOM_REGION", "mars");

        assertRefused("INTERCOM_REGION must be us, eu or au, not 'mars'; nothing was sent",
                List.of("--live", "--csv", emptyCsv()), env);
    }

    @Test
    void anUnknownArgument() {
        assertRefused("Unknown argument '--dry-run'; usage: SupportJob [--live] [--csv <file>]", List.of("--dry-run"), TOKEN);
    }

    /** The real command: exit code 2, one line on standard error, nothing on standard output. */
    @Test
    void theCommandExitsWith2InLiveModeWithoutAToken() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SupportJob.class.getName(), "--live"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("INTERCOM_ACCESS_TOKEN");
        Process process = builder.start();

        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of("Live mode needs INTERCOM_ACCESS_TOKEN (or -Dintercom.access-token): the access token of "
                             + "your Intercom app; nothing was sent"),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        assertEquals("", new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(2, process.exitValue());
    }

    /** A CSV file with its header line and no rows. */
    private String emptyCsv() throws IOException {
        return Files.writeString(dir.resolve("contacts.csv"), ContactRow.HEADER + "\n").toString();
    }

    private static Map<String, String> liveEnvWithout(String variable) {
        Map<String, String> env = new HashMap<>(TOKEN);
        env.remove(variable);
        return env;
    }

    private void assertRefused(String line, List<String> args, Map<String, String> env) {
        assertRefused(line, args, env, Map.of());
    }

    private void assertRefused(String line, List<String> args, Map<String, String> env, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("job.output-dir", dir.resolve("out").toString());

        int exit = SupportJob.run(args, env, all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(List.of(line), err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(SupportJob.SETUP_ERROR, exit);
        assertTrue(Files.notExists(dir.resolve("out")), "the job wrote its output");
    }
}
