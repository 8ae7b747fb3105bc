/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.camelintercom.sandbox.IntercomSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Three pods, each with the same webhook route and {@code reconcile=true}, each pointed at a sandbox of its own, so
 * that a sandbox's record says whether its pod polled: only the leader of the reconciliation's namespace does, and
 * another takes over when the leader's context stops, and again when the next leader's engine dies.
 */
class ReconciliationOnTheLeaderTest {

    private static final String SEARCH = "/conversations/search";

    private final List<IntercomSandbox> sandboxes = new ArrayList<>();

    @AfterEach
    void stopSandboxes() {
        sandboxes.forEach(IntercomSandbox::close);
    }

    @Test
    void onlyTheLeaderPollsAndAnotherPodTakesOverWhenItStopsOrDies() throws Exception {
        try (Members pods = new Members(3)) {
            for (CamelContext context : pods.contexts) {
                IntercomSandbox sandbox = IntercomSandbox.start();
                sandboxes.add(sandbox);
                sandbox.configure(context);
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindHost("127.0.0.1");
                server.setBindPort(AvailablePortFinder.getNextAvailable());
                context.addService(new VertxPlatformHttpServer(server));
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("webhook:intercom:conversation?clientSecret=RAW(s3cr3t)&reconcile=true&reconcileDelay=100"
                             + "&webhookComponentName=platform-http&webhookPath=/intercom/conversations")
                                .to("mock:conversations");
                    }
                });
            }
            pods.contexts.parallelStream().forEach(CamelContext::start);

            int first = leaderAmong(List.of(0, 1, 2));
            pods.contexts.get(first).stop();
            List<Integer> left = IntStream.range(0, 3).filter(pod -> pod != first).boxed().toList();
            int second = leaderAmong(left);

            pods.crash(second);
            int third = left.stream().filter(pod -> pod != second).findFirst().orElseThrow();
            leaderAmong(List.of(third));
        }
    }

    /**
     * Waits until one of the candidates polls, then for three more of its polls, and checks that no other pod polled
     * meanwhile; answers that pod.
     */
    private int leaderAmong(List<Integer> candidates) {
        int[] before = counts();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> candidates.stream().anyMatch(pod -> searches(pod) > before[pod]));
        int leader = candidates.stream().filter(pod -> searches(pod) > before[pod]).findFirst().orElseThrow();
        int[] meanwhile = counts();
        await().atMost(Duration.ofSeconds(30)).until(() -> searches(leader) >= meanwhile[leader] + 3);
        int[] after = counts();
        for (int pod = 0; pod < after.length; pod++) {
            if (pod != leader) {
                assertEquals(meanwhile[pod], after[pod], "pod " + pod + " polled while pod " + leader + " led");
            }
        }
        return leader;
    }

    private int[] counts() {
        return IntStream.range(0, sandboxes.size()).map(this::searches).toArray();
    }

    private int searches(int pod) {
        return sandboxes.get(pod).requests().count("POST", SEARCH);
    }
}
