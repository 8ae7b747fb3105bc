/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox on its own: what it serves and prints, and the one-line refusals with exit code 2. */
@Timeout(60)
class StandaloneSandboxTest extends SandboxClientTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servesTheDemoWorkspaceOnTheGivenPortAndPrintsItsBaseUriAndToken() throws IOException {
        int port = freePort();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        sandbox = StandaloneSandbox.start(StandaloneSettings.parse("--port", String.valueOf(port), "--seed", "demo",
                "--token", "my-token", "--rate-limit", "50", "--arrivals-every", "0"), new PrintStream(printed, true, StandardCharsets.UTF_8));
        client = new SandboxClient(sandbox);

        assertEquals("http://127.0.0.1:" + port, sandbox.baseUri());
        assertEquals(DemoSeed.CONTACTS, client.get("/contacts?per_page=1").body().path("total_count").asInt());
        assertEquals("50", client.get("/me").header("X-RateLimit-Limit").orElseThrow());
        assertEquals(401, client.withToken(SandboxOptions.DEFAULT_TOKEN).get("/me").status());
        assertEquals(String.join("\n",
                "Intercom sandbox serving the demo workspace (300 contacts, 120 companies, 24 open conversations), 50 calls per 10 s",
                "  base URI:     http://127.0.0.1:" + port,
                "  access token: my-token",
                "Camel properties:",
                "  camel.component.intercom.access-token = my-token",
                "  camel.component.intercom.base-uri = http://127.0.0.1:" + port,
                "Stop it with Ctrl-C.", ""), printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void servesAnEmptyWorkspaceWithTheDefaults() {
        StandaloneSettings settings = StandaloneSettings.parse("--seed", "empty", "--port", "0");

        sandbox = StandaloneSandbox.start(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        client = new SandboxClient(sandbox);

        assertEquals(0, client.get("/contacts").body().path("total_count").asInt());
        assertEquals(SandboxOptions.DEFAULT_RATE_LIMIT, settings.options().rateLimit());
        assertEquals(StandaloneSettings.DEFAULT_PORT, StandaloneSettings.parse().options().port());
    }

    @Test
    void aPortInUseIsOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StandaloneSettings settings = StandaloneSettings.parse("--port", String.valueOf(taken.getLocalPort()));

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StandaloneSandbox.start(settings, System.out));

            assertEquals("Port " + taken.getLocalPort() + " is in use: choose another with --port (0 for a free one)", e.getMessage());
        }
    }

    @Test
    void badArgumentsAreOneClearLineEach() {
        assertEquals("Unknown seed 'full': use demo or empty", refusal("--seed", "full"));
        assertEquals("--port takes a whole number from 0 to 65535, not '80x'", refusal("--port", "80x"));
        assertEquals("--port takes a whole number from 0 to 65535, not '70000'", refusal("--port", "70000"));
        assertEquals("--rate-limit takes a whole number from 1 to 2147483647, not '0'", refusal("--rate-limit", "0"));
        assertEquals("--seed needs a value; " + StandaloneSandbox.USAGE_LINE, refusal("--seed"));
        assertEquals("Unknown argument '--colour'; " + StandaloneSandbox.USAGE_LINE, refusal("--colour", "red"));
        assertEquals("--token needs a non-blank value", refusal("--token", " "));
    }

    /** The real command: exit code 2 and one line on standard error, nothing on standard output. */
    @Test
    void theCommandExitsWith2OnAnUnknownSeed() throws Exception {
        Process process = command("--seed", "full").start();

        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertEquals(List.of("Unknown seed 'full': use demo or empty"), lines(process.getErrorStream().readAllBytes()));
        assertEquals(List.of(), lines(process.getInputStream().readAllBytes()));
    }

    /** The real command serves another process until it is stopped. */
    @Test
    void theCommandServesAnotherProcess() throws Exception {
        Process process = command("--port", "0", "--seed", "demo", "--arrivals-every", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            Matcher baseUri = null;
            for (String line = out.readLine(); line != null && baseUri == null; line = out.readLine()) {
                lines.add(line);
                Matcher m = Pattern.compile("^  base URI:\\s+(http://127\\.0\\.0\\.1:\\d+)$").matcher(line);
                baseUri = m.matches() ? m : null;
            }
            assertTrue(baseUri != null, "no base URI printed: " + lines);

            HttpResponse<String> contacts = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(baseUri.group(1) + "/contacts?per_page=1"))
                    .header("Authorization", "Bearer " + SandboxOptions.DEFAULT_TOKEN).header("Intercom-Version", "2.16")
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, contacts.statusCode());
            assertEquals(DemoSeed.CONTACTS, JSON.readTree(contacts.body()).path("total_count").asInt());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the sandbox did not stop on SIGTERM");
        }
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> StandaloneSettings.parse(args)).getMessage();
    }

    private static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StandaloneSandbox.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static List<String> lines(byte[] output) {
        return new String(output, StandardCharsets.UTF_8).lines().toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
