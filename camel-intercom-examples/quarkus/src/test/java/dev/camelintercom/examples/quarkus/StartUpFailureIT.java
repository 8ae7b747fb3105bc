/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.quarkus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What stops the packaged application (java -jar target/quarkus-app/quarkus-run.jar) before it calls Intercom, and
 * what it says. Camel Main, which camel-quarkus runs, checks every camel.component.intercom.* name against the
 * component's options.
 */
class StartUpFailureIT {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @Test
    void aMisspelledComponentPropertyStopsStartUpWithItsName() throws Exception {
        Started app = start("-Dcamel.component.intercom.acess-token=not-a-token");

        assertEquals(1, app.exitCode(), app.output());
        assertTrue(app.output().contains("camel.component.intercom.acessToken"), app.output());
    }

    @Test
    void aMissingTokenFailsTheFirstRouteStartWithTheComponentsMessage() throws Exception {
        Started app = start();

        assertEquals(1, app.exitCode(), app.output());
        assertTrue(app.output().contains("intercom: accessToken is required"), app.output());
    }

    private record Started(int exitCode, String output) {
    }

    private static Started start(String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dintercom.admin-id=1", "-Dintercom.triage-team-id=1", "-Dquarkus.http.port=0"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", RUNNER.toString()));
        Path output = Files.createTempFile("quarkus-app", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("INTERCOM_ACCESS_TOKEN");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not stop: " + Files.readString(output));
        }
        return new Started(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
