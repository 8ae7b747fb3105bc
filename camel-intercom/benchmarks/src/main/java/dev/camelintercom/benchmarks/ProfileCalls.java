package dev.camelintercom.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * For profiling, not part of the suite's figures: one client making one call in a loop on the main thread, the stub
 * in the same JVM, for the given seconds after as many of warm-up; prints the calls made and the bytes the calling
 * thread allocated per call. Run it under JFR (see docs/performance.md) and read the samples of the main thread:
 * {@code ProfileCalls <component|raw|camelHttp> <contactGet|conversationReply|contactSearch> <seconds>}.
 */
public final class ProfileCalls {

    private ProfileCalls() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        String call = args[1];
        long seconds = Long.parseLong(args[2]);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (CallStub stub = new CallStub(); Client client = Client.create(kind, stub.baseUri())) {
            loop(client, call, seconds);
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long calls = loop(client, call, seconds);
            long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            System.out.printf(Locale.ROOT, "%s %s: %,d calls in %d s, %,.0f bytes allocated per call by the calling thread%n",
                    kind, call, calls, seconds, bytes / (double) calls);
        }
    }

    private static long loop(Client client, String call, long seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long calls = 0;
        while (System.nanoTime() < end) {
            switch (call) {
                case "contactGet" -> client.getContact();
                case "conversationReply" -> client.reply();
                case "contactSearch" -> client.search();
                default -> throw new IllegalArgumentException("Unknown call: " + call);
            }
            calls++;
        }
        return calls;
    }
}
