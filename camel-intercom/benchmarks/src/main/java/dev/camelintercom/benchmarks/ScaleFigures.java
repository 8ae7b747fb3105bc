/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxClock;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxRequests;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.test.AvailablePortFinder;

/** The figures of how the cost grows: streaming, the consumer's backlog and idle cost, the governor, webhooks. */
final class ScaleFigures {

    record Streaming(int contacts, long routed, long millis, long peakHeapBytes, int pages, String failure) {
    }

    record Backlog(int conversations, long millis, int calls, int polls, int idlePolls, int idleCalls) {
    }

    record Burst(int contexts, int threadsEach, int limit, int windowSeconds, int calls, double shareOfLimit,
                 long answered429, long routeSaw429, int otherFailures) {
    }

    record Webhook(int latencySamples, double p50Millis, double p99Millis, int burst, double perSecond) {
    }

    private static final String SECRET = "bench-client-secret";

    private ScaleFigures() {
    }

    /** Streams the contacts of a generated workspace through a forked JVM under {@code -Xmx64m}. */
    static Streaming streaming(PagingStub stub, int contacts) throws Exception {
        stub.contacts(contacts);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process fork = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamContacts.class.getName(), stub.baseUri(), String.valueOf(contacts))
                .redirectErrorStream(true).start();
        String result = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(fork.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (output.size() < 20) {
                    output.add(line);
                }
            }
        }
        int exit = fork.waitFor();
        if (result == null) {
            return new Streaming(contacts, 0, 0, 0, stub.pagesServed(), "exit " + exit + ": " + String.join(" | ", output));
        }
        long[] figures = Arrays.stream(result.substring(7).split(" ")).mapToLong(Long::parseLong).toArray();
        return new Streaming(contacts, figures[0], figures[1], figures[2], stub.pagesServed(), null);
    }

    /**
     * The consumer drains a backlog of conversations from the sandbox, created one second apart and all older than an
     * hour (so that an idle poll's lookback holds one page, as in a workspace whose backlog built up over time), then
     * polls the idle workspace. The sandbox's clock stands still after the backlog: one rate-limit window for it all.
     */
    static Backlog backlog(int conversations, int idlePolls) throws Exception {
        SandboxClock clock = SandboxClock.manual(Instant.now().getEpochSecond() - 3_600 - conversations);
        try (IntercomSandbox sandbox = IntercomSandbox.start(SandboxOptions.defaults().clock(clock).rateLimit(1_000_000));
             CamelContext context = new DefaultCamelContext()) {
            Workspace workspace = sandbox.workspace();
            String contact = workspace.createContact(Map.of("email", "backlog@example.com")).get("id").asText();
            for (int i = 0; i < conversations; i++) {
                clock.advance(1);
                workspace.createConversation(contact, "backlog " + i);
            }
            sandbox.configure(context);
            AtomicInteger polls = new AtomicInteger();
            context.getRegistry().bind("pollCounter", new CountingPollStrategy(polls));
            CountDownLatch drained = new CountDownLatch(conversations);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("intercom:conversation?startFrom=beginning&delay=100&pollStrategy=#pollCounter")
                            .process(exchange -> drained.countDown());
                }
            });
            long start = System.nanoTime();
            context.start();
            if (!drained.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("backlog not drained: " + drained.getCount() + " left");
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            int calls = searches(sandbox);
            int pollsToDrain = polls.get();
            int idleFrom = polls.get() + 1; // the poll running now may still be reading the backlog's last page
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (polls.get() <= idleFrom && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            int idleCallsFrom = searches(sandbox);
            int idlePollsFrom = polls.get();
            while (polls.get() < idlePollsFrom + idlePolls && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            int counted = polls.get() - idlePollsFrom;
            return new Backlog(conversations, millis, calls, pollsToDrain, counted, searches(sandbox) - idleCallsFrom);
        }
    }

    private static int searches(IntercomSandbox sandbox) {
        return sandbox.requests().count("POST", "/conversations/search");
    }

    /** Counts the polls of a consumer: {@code begin} is called once per poll. */
    private record CountingPollStrategy(AtomicInteger polls) implements PollingConsumerPollStrategy {

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            polls.incrementAndGet();
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            return false;
        }
    }

    /**
     * Contact gets from {@code threadsEach} threads in each of {@code contexts} CamelContexts sharing one token, for
     * {@code seconds}, against a workspace allowing {@code limit} calls per window; routes without redelivery.
     */
    static Burst burst(int contexts, int threadsEach, int limit, int windowSeconds, int seconds) throws Exception {
        try (IntercomSandbox sandbox = IntercomSandbox.start(SandboxOptions.defaults().rateLimit(limit)
                .rateLimitWindowSeconds(windowSeconds))) {
            String contact = sandbox.workspace().createContact(Map.of("email", "burst@example.com")).get("id").asText();
            List<CamelContext> running = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(contexts * threadsEach);
            AtomicInteger rateLimited = new AtomicInteger();
            AtomicInteger otherFailures = new AtomicInteger();
            try {
                List<Future<?>> workers = new ArrayList<>();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                for (int c = 0; c < contexts; c++) {
                    CamelContext context = new DefaultCamelContext();
                    running.add(context);
                    sandbox.configure(context);
                    context.addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            errorHandler(noErrorHandler());
                            from("direct:get").to("intercom:contact?operation=get");
                        }
                    });
                    context.start();
                    ProducerTemplate template = context.createProducerTemplate();
                    for (int t = 0; t < threadsEach; t++) {
                        workers.add(threads.submit(() -> {
                            while (System.nanoTime() < end) {
                                Exchange done = template.send("direct:get",
                                        e -> e.getMessage().setHeader(IntercomConstants.CONTACT_ID, contact));
                                if (done.getException() instanceof IntercomApiException api && api.isRateLimited()) {
                                    rateLimited.incrementAndGet();
                                } else if (done.getException() != null) {
                                    otherFailures.incrementAndGet();
                                }
                            }
                        }));
                    }
                }
                for (Future<?> worker : workers) {
                    worker.get(seconds + 120L, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
                for (CamelContext context : running) {
                    context.close();
                }
            }
            List<SandboxRequests.Recorded> requests = sandbox.requests().all().stream()
                    .filter(r -> r.path().startsWith("/contacts/")).toList();
            SortedMap<Long, Integer> answeredPerWindow = new TreeMap<>();
            requests.stream().filter(r -> r.status() != 429)
                    .forEach(r -> answeredPerWindow.merge(r.at() - Math.floorMod(r.at(), windowSeconds), 1, Integer::sum));
            // the first and last windows are partial: the run starts and ends inside them
            List<Integer> whole = answeredPerWindow.size() > 2
                    ? new ArrayList<>(answeredPerWindow.values()).subList(1, answeredPerWindow.size() - 1) : List.of();
            double share = whole.isEmpty() ? 0 : whole.stream().mapToInt(Integer::intValue).sum() / (double) (whole.size() * limit);
            long answered429 = requests.stream().filter(r -> r.status() == 429).count();
            return new Burst(contexts, threadsEach, limit, windowSeconds, requests.size(), share, answered429,
                    rateLimited.get(), otherFailures.get());
        }
    }

    /**
     * The sandbox delivers signed {@code conversation.user.created} notifications to a {@code webhook:} route on a
     * Vert.x platform-http server: first one at a time (latency from the creation of the conversation, which queues
     * its delivery, to the route's processor), then {@code burst} at once (deliveries per second until the last
     * reached the route).
     */
    static Webhook webhook(int warmup, int samples, int burst) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        try (IntercomSandbox sandbox = IntercomSandbox.start(); CamelContext context = new DefaultCamelContext()) {
            String contact = sandbox.workspace().createContact(Map.of("email", "hook@example.com")).get("id").asText();
            sandbox.configure(context);
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            context.addService(new VertxPlatformHttpServer(server));
            BlockingQueue<Object[]> received = new LinkedBlockingQueue<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("webhook:intercom:conversation?clientSecret=RAW(" + SECRET + ")"
                         + "&webhookComponentName=platform-http&webhookPath=/bench")
                            .process(exchange -> received.add(new Object[] {
                                exchange.getMessage().getHeader(IntercomConstants.RESOURCE_ID, String.class), System.nanoTime()}));
                }
            });
            context.start();
            sandbox.webhooks().sendTo("http://127.0.0.1:" + port + "/bench", SECRET);
            Workspace workspace = sandbox.workspace();
            long[] latencies = new long[samples];
            for (int i = 0; i < warmup + samples; i++) {
                long sent = System.nanoTime();
                String id = workspace.createConversation(contact, "hook " + i).get("id").asText();
                Object[] arrival = received.poll(10, TimeUnit.SECONDS);
                if (arrival == null || !id.equals(arrival[0])) {
                    throw new IllegalStateException("delivery " + i + " of " + id + " not routed: " + Arrays.toString(arrival));
                }
                if (i >= warmup) {
                    latencies[i - warmup] = (long) arrival[1] - sent;
                }
            }
            Arrays.sort(latencies);
            long start = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                workspace.createConversation(contact, "burst " + i);
            }
            AtomicLong last = new AtomicLong();
            for (int i = 0; i < burst; i++) {
                Object[] arrival = received.poll(30, TimeUnit.SECONDS);
                if (arrival == null) {
                    throw new IllegalStateException("burst: only " + i + " of " + burst + " deliveries routed");
                }
                last.set((long) arrival[1]);
            }
            double seconds = (last.get() - start) / 1e9;
            return new Webhook(samples, percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6, burst,
                    burst / seconds);
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
