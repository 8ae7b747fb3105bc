/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.kamelets;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxRequests.Recorded;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML-only application, started as Camel Main starts it (application.properties, routes/*.yaml): pointed at a
 * sandbox, the leads file becomes lead contacts and each new open conversation is assigned to the team once, also
 * after a restart, the one that says thanks closed; and as the run command starts it, on the embedded sandbox of
 * sandbox/sandbox.yaml.
 */
@Timeout(120)
class KameletsApplicationTest {

    private static final Path LEADS = Path.of("leads/leads.jsonl");

    @TempDir
    Path files;

    private IntercomSandbox sandbox;
    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void leadsBecomeContactsAndNewConversationsAreAssignedOnceAndClosedWhenThanked() throws IOException {
        sandbox = IntercomSandbox.start();
        Workspace workspace = sandbox.workspace();
        assertEquals(workspace.adminId(), property("intercom.admin-id"), "application.properties names the sandbox's admin");
        assertEquals(workspace.teams().get(0).get("id").asText(), property("intercom.triage-team-id"));
        String customer = workspace.createContact(Map.of("email", "ada@example.com")).get("id").asText();
        String question = workspace.createConversation(customer, "Where is my order?").get("id").asText();
        String thanks = workspace.createConversation(customer, "Thanks, that solved it!").get("id").asText();
        Path leads = Files.createDirectories(files.resolve("leads"));
        Files.copy(LEADS, leads.resolve("leads.jsonl"));

        startApplication(leads);

        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(question) && "closed".equals(state(thanks)));
        List<ObjectNode> created = workspace.contacts().stream().filter(c -> "lead".equals(c.path("role").asText())).toList();
        assertEquals(List.of("ada.lead@example.com", "alan.lead@example.com", "grace.lead@example.com"),
                created.stream().map(c -> c.get("email").asText()).toList());
        assertEquals("lead-0003", created.get(2).get("external_id").asText());
        assertEquals(3, sandbox.requests().count("POST", "/contacts"));
        assertEquals("open", state(question));

        main.stop();
        startApplication(leads);
        int polls = sandbox.requests().count("POST", "/conversations/search");
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.requests().count("POST", "/conversations/search") >= polls + 2);
        assertEquals(1, assignments(question), "assigned once, also after the restart");
        assertEquals(1, assignments(thanks));
    }

    @Test
    void theRunCommandStartsAnEmbeddedSandboxWithTheDemoWorkspace() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        main = new Main();
        main.addOverrideProperty("kamelets-example.routes", "classpath:sandbox/*.yaml,classpath:routes/*.yaml");
        main.addOverrideProperty("sandbox.port", String.valueOf(port));
        main.addOverrideProperty("intercom.base-uri", "http://127.0.0.1:" + port);
        main.addOverrideProperty("sandbox.arrivals", "0");
        main.addOverrideProperty("leads.dir", LEADS.getParent().toAbsolutePath().toString());
        main.addOverrideProperty("intercom.state-file", files.resolve("state.dat").toString());
        main.addOverrideProperty("triage.delay", "200");
        main.start();
        IntercomSandbox embedded = main.getCamelContext().getRegistry().lookupByNameAndType("sandbox", IntercomSandbox.class);

        await().atMost(Duration.ofSeconds(60)).until(() -> embedded.workspace().conversations().stream()
                .filter(c -> !c.path("team_assignee_id").isNull() && c.path("team_assignee_id").asText().equals("800001"))
                .count() == 24);
        assertTrue(embedded.workspace().contacts().stream().anyMatch(c -> "grace.lead@example.com".equals(c.path("email").asText())));
    }

    private void startApplication(Path leads) {
        main = new Main();
        main.addOverrideProperty("intercom.base-uri", sandbox.baseUri());
        main.addOverrideProperty("intercom.access-token", sandbox.accessToken());
        main.addOverrideProperty("leads.dir", leads.toString());
        main.addOverrideProperty("intercom.state-file", files.resolve("intercom-state.dat").toString());
        main.addOverrideProperty("triage.delay", "200");
        main.start();
    }

    private static String property(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = KameletsApplicationTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty(name);
    }

    private String state(String conversationId) {
        return sandbox.workspace().conversation(conversationId).get("state").asText();
    }

    private boolean assigned(String conversationId) {
        return "800001".equals(sandbox.workspace().conversation(conversationId).path("team_assignee_id").asText());
    }

    private long assignments(String conversationId) {
        return sandbox.requests().all().stream().filter(r -> isAssignment(r, conversationId)).count();
    }

    private static boolean isAssignment(Recorded r, String conversationId) {
        return r.path().equals("/conversations/" + conversationId + "/parts") && r.body().contains("\"assignment\"");
    }
}
