/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxRequests.Recorded;
import dev.camelintercom.sandbox.SandboxWebhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three pods of the application, each {@link ClusterPod} in a JVM of its own, on one sandbox with a limit of 100 calls
 * per 10 seconds: every pod imports contacts as fast as it may, the leader replies to each new conversation, and the
 * test, as the load balancer, sends 1,000 webhook deliveries round-robin over the pods, 10 % of them a second time to
 * another pod. Half-way through the conversations it kills the leader with SIGKILL. Then it checks the sandbox's
 * record: no 429, every conversation replied to once, every delivery routed once, and the share of the limit used; and
 * prints the figures of docs/cluster.md. {@code -Dcluster.pods=1} runs one pod (no kill) for comparison.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ClusterPodsTest {

    private static final int PODS = Integer.getInteger("cluster.pods", 3);
    private static final int LIMIT = 100;
    private static final int IMPORTS = 450; // in all, shared out over the pods
    private static final int CONVERSATIONS = 30;
    private static final int DELIVERIES = 1000;
    private static final String SECRET = "cluster-example-secret";
    private static final String NAMESPACE = "intercom-conversations";
    private static final Pattern REPLY = Pattern.compile("/conversations/([^/]+)/reply");
    private static final Pattern ENGINE = Pattern.compile("(\\w+)=(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void podsShareTheLimitRunOneConsumerAndRouteEachDeliveryOnce() throws Exception {
        try (IntercomSandbox sandbox = IntercomSandbox.start(SandboxOptions.defaults().rateLimit(LIMIT));
             Pods pods = new Pods(PODS, Map.of("intercom.access-token", sandbox.accessToken(),
                     "intercom.base-uri", sandbox.baseUri(), "intercom.client-secret", SECRET,
                     "intercom.admin-id", sandbox.workspace().adminId(), "import.count", Integer.toString(IMPORTS / PODS)))) {
            String customer = sandbox.workspace()
                    .createContact(Map.of("role", "user", "email", "customer@example.com")).get("id").asText();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .failFast("a pod ended", () -> pods.pods.stream().anyMatch(p -> !p.process().isAlive()))
                    .until(() -> pods.pods.stream().allMatch(p -> p.output().contains(") started in")));
            long deliveryStart = System.nanoTime();
            List<Integer> deliveryStatuses = deliver(pods);
            Duration delivering = Duration.ofNanos(System.nanoTime() - deliveryStart);
            // the share of the limit is counted from here: the burst of deliveries takes the machine's cores from the
            // pods' imports, and calls no Intercom
            long busyStart = System.currentTimeMillis();

            ExecutorService customers = Executors.newSingleThreadExecutor();
            AtomicInteger asked = new AtomicInteger();
            Future<?> conversations = customers.submit(() -> {
                for (int i = 0; i < CONVERSATIONS; i++) {
                    sandbox.workspace().createConversation(customer, "Question " + i);
                    asked.incrementAndGet();
                    TimeUnit.MILLISECONDS.sleep(700); // customers writing in over time, not a test wait
                }
                return null;
            });

            Duration leadershipAfter = null;
            Duration resumedAfter = null;
            long killedAt = 0;
            if (PODS > 1) {
                await().atMost(Duration.ofSeconds(120)).until(() -> replies(sandbox).size() >= CONVERSATIONS / 2);
                Pods.Pod leader = pods.leader(NAMESPACE);
                assertNotNull(leader, "a pod leads the consumer");
                int repliedBefore = replies(sandbox).size();
                long kill = System.nanoTime();
                killedAt = System.currentTimeMillis();
                Pods.kill(leader);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> pods.leader(NAMESPACE) != null);
                leadershipAfter = Duration.ofNanos(System.nanoTime() - kill);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> replies(sandbox).size() > repliedBefore);
                resumedAfter = Duration.ofNanos(System.nanoTime() - kill);
            }
            conversations.get(60, TimeUnit.SECONDS);
            customers.shutdown();
            await().atMost(Duration.ofSeconds(120)).until(() -> replies(sandbox).size() == CONVERSATIONS
                                                               && pods.alive().stream().allMatch(
                                                                       p -> p.records().contains("import-done")));
            long busyEnd = System.currentTimeMillis();
            int searches = sandbox.requests().count("POST", "/conversations/search");
            // one more poll, so that a conversation replied to twice would show
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> sandbox.requests().count("POST", "/conversations/search") >= searches + 2);

            List<Recorded> record = sandbox.requests().all();
            Map<String, Integer> replies = replies(sandbox);
            Map<String, Long> routed = pods.pods.stream().flatMap(p -> p.records().stream())
                    .filter(line -> line.startsWith("delivery ")).collect(Collectors.groupingBy(
                            line -> line.substring("delivery ".length()), TreeMap::new, Collectors.counting()));
            long tooMany = record.stream().filter(r -> r.status() == 429).count();
            List<String> importFailures = pods.pods.stream().flatMap(p -> p.records().stream())
                    .filter(line -> line.startsWith("import-failed")).toList();
            Map<Long, Long> perWindow = record.stream().filter(r -> r.status() != 429)
                    .collect(Collectors.groupingBy(r -> r.at() / 10, TreeMap::new, Collectors.counting()));
            List<Long> busy = new ArrayList<>();
            List<Long> busyWithoutKill = new ArrayList<>();
            for (long window = busyStart / 10_000 + 1; window < busyEnd / 10_000 - 1; window++) {
                long calls = perWindow.getOrDefault(window, 0L);
                busy.add(calls);
                if (killedAt == 0 || window != killedAt / 10_000) {
                    busyWithoutKill.add(calls);
                }
            }
            Map<String, Long> engine = engineOperations(pods);
            long engineTotal = engine.values().stream().mapToLong(Long::longValue).sum();
            long answered = record.size() - tooMany;

            System.out.printf("%n%d pod(s), limit %d per 10 s: %d calls answered, %d answered 429%n", PODS, LIMIT,
                    answered, tooMany);
            System.out.printf("per window (calls answered/answered 429): %s%n", record.stream().collect(Collectors.groupingBy(
                    r -> r.at() / 10, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(),
                            calls -> calls.stream().filter(r -> r.status() != 429).count() + "/"
                                     + calls.stream().filter(r -> r.status() == 429).count()))));
            System.out.printf("calls per whole window from the end of the deliveries to the end of the imports %s: %.1f %% "
                              + "of the limit used (%.1f %% without the window of the kill)%n",
                    busy, share(busy), share(busyWithoutKill));
            if (leadershipAfter != null) {
                System.out.printf("leader killed with SIGKILL: another pod led after %.1f s, replied again after %.1f s%n",
                        leadershipAfter.toMillis() / 1000.0, resumedAfter.toMillis() / 1000.0);
            }
            System.out.printf("conversations: %d asked, %d replied to, %d more than once%n", CONVERSATIONS,
                    replies.size(), replies.values().stream().filter(n -> n > 1).count());
            System.out.printf("webhook: %d deliveries of %d notifications in %.1f s (4 senders): %d routed, %d more than "
                              + "once, statuses %s%n", deliveryStatuses.size(), DELIVERIES, delivering.toMillis() / 1000.0,
                    routed.size(), routed.values().stream().filter(n -> n > 1).count(),
                    deliveryStatuses.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                            Collectors.counting())));
            System.out.printf("engine requests (the pods' last figures): %s; %.2f per Intercom call (budget and leader "
                              + "only: %.2f), %.2f per webhook delivery%n", engine, (double) engineTotal / answered,
                    (double) (engine.getOrDefault("budget", 0L) + engine.getOrDefault("leader", 0L)) / answered,
                    (double) engine.getOrDefault("deliveries", 0L) / deliveryStatuses.size());

            assertEquals(0, tooMany, "no call of any pod was answered 429");
            assertEquals(List.of(), importFailures, "no import row failed");
            assertEquals(CONVERSATIONS, replies.size(), "every conversation was replied to: " + replies);
            assertTrue(replies.values().stream().allMatch(n -> n == 1), "and only once: " + replies);
            assertEquals(DELIVERIES, routed.size(), "every notification was routed");
            assertTrue(routed.values().stream().allMatch(n -> n == 1), "and only once");
            assertTrue(deliveryStatuses.stream().allMatch(s -> s == 200), "every delivery was answered 200");
            assertTrue(share(busy) >= 80, "the pods used most of the limit while they were busy: " + busy);
            if (resumedAfter != null) {
                assertTrue(resumedAfter.toSeconds() < 15, "the consumer resumed within 15 s: " + resumedAfter);
            }
        }
    }

    /** Sends each notification to the next pod in turn, and every tenth also to the pod after: the status of each. */
    private List<Integer> deliver(Pods pods) throws Exception {
        List<Pods.Pod> targets = pods.alive();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                byte[] body = notification(i);
                Pods.Pod pod = targets.get(i % targets.size());
                sent.add(senders.submit(() -> post(pod.webhookUrl(), body)));
                if (i % 10 == 0) {
                    Pods.Pod other = targets.get((i + 1) % targets.size());
                    sent.add(senders.submit(() -> post(other.webhookUrl(), body)));
                }
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : sent) {
                statuses.add(status.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            senders.shutdownNow();
        }
    }

    private int post(String url, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature", SandboxWebhooks.signature(body, SECRET))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] notification(int i) {
        long now = System.currentTimeMillis() / 1000;
        return ("{\"type\":\"notification_event\",\"id\":\"notif_" + i + "\",\"topic\":\"contact.user.created\","
                + "\"app_id\":\"sandbox\",\"created_at\":" + now + ",\"delivery_attempts\":1,\"first_sent_at\":" + now
                + ",\"data\":{\"type\":\"notification_event_data\",\"item\":{\"type\":\"contact\",\"id\":\"wh-" + i
                + "\",\"role\":\"user\",\"email\":\"wh-" + i + "@example.com\"}}}").getBytes(StandardCharsets.UTF_8);
    }

    /** The replies each conversation got, from the sandbox's record. */
    private static Map<String, Integer> replies(IntercomSandbox sandbox) {
        Map<String, Integer> replies = new TreeMap<>();
        for (Recorded request : sandbox.requests().all()) {
            Matcher reply = REPLY.matcher(request.path());
            if ("POST".equals(request.method()) && request.status() == 200 && reply.matches()) {
                replies.merge(reply.group(1), 1, Integer::sum);
            }
        }
        return replies;
    }

    /** The requests the pods sent to the engine, by role, from the last figures each pod wrote. */
    private static Map<String, Long> engineOperations(Pods pods) {
        Map<String, Long> total = new TreeMap<>();
        for (Pods.Pod pod : pods.pods) {
            List<String> figures = pod.records().stream().filter(l -> l.startsWith("engine-operations ")).toList();
            if (!figures.isEmpty()) {
                Matcher m = ENGINE.matcher(figures.get(figures.size() - 1));
                while (m.find()) {
                    total.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
                }
            }
        }
        return total;
    }

    private static double share(List<Long> windows) {
        return windows.isEmpty() ? 0 : 100.0 * windows.stream().mapToLong(Long::longValue).sum() / (windows.size() * LIMIT);
    }
}
