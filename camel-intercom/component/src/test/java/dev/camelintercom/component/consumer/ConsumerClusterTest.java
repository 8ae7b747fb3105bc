/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxOptions;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Camel contexts poll one sandbox under {@code master:} with a file-lock cluster service and one state file: only
 * the leader polls; when it stops mid-stream, the other takes over from the stored position.
 */
// a consumer that repeats or loses its place never drains: fail instead of hanging
@Timeout(120)
class ConsumerClusterTest {

    @Test
    void theNodeThatTakesOverResumesWithoutGapOrDuplicate(@TempDir Path dir) throws Exception {
        try (IntercomSandbox sandbox = IntercomSandbox.start(SandboxOptions.defaults().unlimited())) {
            String contact = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
            List<String> created = new ArrayList<>();
            String uri = "master:intercom-conversations:intercom:conversation?startFrom=beginning&delay=100"
                         + "&stateRepository=#state&stateKey=conversations";
            ConsumerHarness first = node(sandbox, dir, uri);
            ConsumerHarness second = null;
            try {
                first.start();
                for (int i = 0; i < 40; i++) {
                    created.add(sandbox.workspace().createConversation(contact, "before " + i).get("id").asText());
                }
                await().atMost(20, TimeUnit.SECONDS).until(() -> first.ids("conversation").size() == 40);
                second = node(sandbox, dir, uri).start();

                for (int i = 0; i < 40; i++) {
                    created.add(sandbox.workspace().createConversation(contact, "during " + i).get("id").asText());
                }
                await().atMost(20, TimeUnit.SECONDS).until(() -> first.ids("conversation").size() > 40);
                first.close(); // the leader goes away mid-stream
                for (int i = 0; i < 40; i++) {
                    created.add(sandbox.workspace().createConversation(contact, "after " + i).get("id").asText());
                }
                ConsumerHarness standby = second;
                await().atMost(30, TimeUnit.SECONDS).until(
                        () -> first.ids("conversation").size() + standby.ids("conversation").size() >= created.size());

                List<String> all = new ArrayList<>(first.ids("conversation"));
                all.addAll(second.ids("conversation"));
                assertEquals(all.size(), new HashSet<>(all).size(), "a conversation was emitted twice");
                assertEquals(new HashSet<>(created), new HashSet<>(all));
                assertTrue(second.ids("conversation").size() >= 40, "the standby node took over");
            } finally {
                first.close();
                if (second != null) {
                    second.close();
                }
            }
        }
    }

    private static ConsumerHarness node(IntercomSandbox sandbox, Path dir, String uri) throws Exception {
        ConsumerHarness node = new ConsumerHarness(sandbox)
                .bind("state", FileStateRepository.fileStateRepository(dir.resolve("state").toFile()));
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(dir.resolve("cluster").toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        node.context().addService(cluster);
        return node.route("r", uri);
    }
}
