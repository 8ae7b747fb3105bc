/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelintercom.component.api.SharedRateLimitBudget;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two and three Hazelcast members in this JVM, on loopback ports, each the engine of one pod: what the pods share
 * through {@link IntercomCluster}'s beans, and what each does when it loses the others or the engine.
 */
class IntercomClusterTest {

    private static final long WINDOW = 1_767_225_610_000L;

    @Test
    void podsLeaseTheWindowBetweenThemToItsLastCallAndNoMore() throws Exception {
        try (Members pods = new Members(3)) {
            List<SharedRateLimitBudget> budgets = List.of(budget(pods, 0), budget(pods, 1), budget(pods, 2));
            int total = budgets.get(0).lease("ws", WINDOW, 95, 4); // 4 carried from the window before
            List<Integer> slices = new ArrayList<>();
            boolean granted = true;
            while (granted) {
                granted = false;
                for (SharedRateLimitBudget budget : budgets) {
                    int slice = budget.lease("ws", WINDOW, 95, 0);
                    slices.add(slice);
                    total += slice;
                    granted |= slice > 0;
                }
            }
            assertEquals(91, total, "the window's 95 calls, less the 4 carried into it: " + slices);
            assertTrue(slices.get(0) <= 16, "the first slices are a share of what is left per member: " + slices);
            assertEquals(1, slices.stream().filter(slice -> slice > 0).reduce((a, b) -> b).orElseThrow(),
                    "the last ones one call each: " + slices);
            assertEquals(0, budgets.get(2).lease("ws", 0, 0, 0), "a pod's first call waits while the window is spent");

            assertEquals(15, budgets.get(1).lease("ws", WINDOW + 10_000, 95, 0), "the next window is a new budget");
            assertEquals(1, budgets.get(2).lease("ws", 0, 0, 0), "a first call is counted in it");
            assertEquals(0, budgets.get(0).lease("ws", WINDOW, 95, 0), "a pod still in the window before gets nothing");
            assertEquals(15, budgets.get(1).lease("other", WINDOW, 95, 0), "another workspace has its own budget");
        }
    }

    @Test
    void aDeliveryClaimedOnOnePodIsADuplicateOnTheOtherAndAPodLeftAloneCountsItsOwnShare() throws Exception {
        try (Members pods = new Members(2)) {
            IdempotentRepository first = pods.bean(0, "intercomDeliveries", IdempotentRepository.class);
            IdempotentRepository second = pods.bean(1, "intercomDeliveries", IdempotentRepository.class);
            assertTrue(first.add("intercom/notification/n-1"));
            assertFalse(second.add("intercom/notification/n-1"));
            assertTrue(second.contains("intercom/notification/n-1"));
            assertTrue(first.remove("intercom/notification/n-1"), "a route that failed gives its claim back");
            assertTrue(second.add("intercom/notification/n-1"));
            assertEquals(2L, pods.clusters.get(0).engineOperations().get("deliveries"),
                    "the pod counts what it asks the engine: an add and a remove");

            SharedRateLimitBudget budget = budget(pods, 0);
            assertTrue(budget.lease("ws", WINDOW, 100, 0) > 0);
            pods.crash(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> pods.clusters.get(0).memberCount() == 1);
            assertEquals(50, budget.lease("ws", WINDOW + 10_000, 100, 0), "alone: half, as it saw two members");
            assertEquals(0, budget.lease("ws", WINDOW + 10_000, 100, 0), "and no more in that window");
            assertEquals(47, budget.lease("ws", WINDOW + 20_000, 100, 3), "the carried calls count in its share");
        }
    }

    @Test
    void aPodWhoseEngineFailsCountsItsOwnShareInsteadOfStopping() throws Exception {
        try (Members pods = new Members(2)) {
            SharedRateLimitBudget budget = budget(pods, 1);
            assertTrue(budget.lease("ws", WINDOW, 100, 0) > 0);
            pods.crash(1);

            assertEquals(50, budget.lease("ws", WINDOW + 10_000, 100, 0));
            assertEquals(0, budget.lease("ws", WINDOW + 10_000, 100, 0));
        }
    }

    @Test
    void theConsumerPositionWrittenByOnePodIsReadByAnotherAfterTheFirstDied() throws Exception {
        try (Members pods = new Members(3)) {
            @SuppressWarnings("unchecked")
            StateRepository<String, String> state = pods.bean(0, "intercomState", StateRepository.class);
            state.setState("conversations", "{\"watermark\":1767225600}");
            pods.crash(0);
            @SuppressWarnings("unchecked")
            StateRepository<String, String> other = pods.bean(2, "intercomState", StateRepository.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "{\"watermark\":1767225600}".equals(other.getState("conversations")));
        }
    }

    @Test
    void oneMasterRouteRunsAtATimeAndAnotherPodTakesOverWhenTheLeaderDies() throws Exception {
        try (Members pods = new Members(2)) {
            List<String> ticks = new CopyOnWriteArrayList<>();
            for (int pod = 0; pod < 2; pod++) {
                String name = "pod-" + pod;
                CamelContext context = pods.contexts.get(pod);
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("master:intercom-test:timer:tick?period=100").process(e -> ticks.add(name));
                    }
                });
                context.start();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> ticks.size() >= 5);
            String leader = ticks.get(0);
            assertEquals(List.of(leader), ticks.stream().distinct().toList(), "one leader at a time");

            int dead = leader.equals("pod-0") ? 0 : 1;
            pods.contexts.get(dead).getRouteController().stopAllRoutes();
            pods.crash(dead);
            String survivor = "pod-" + (1 - dead);
            await().atMost(Duration.ofSeconds(30)).until(() -> ticks.contains(survivor));
        }
    }

    private static SharedRateLimitBudget budget(Members pods, int pod) {
        return pods.bean(pod, "intercomBudget", SharedRateLimitBudget.class);
    }
}
