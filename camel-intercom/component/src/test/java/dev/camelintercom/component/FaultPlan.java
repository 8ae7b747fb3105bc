/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The seeded plan of {@link FaultMatrixTest}: for each message, its operation and the faults its attempts get, in
 * order (an attempt beyond the list succeeds). Besides the random faults, the plan holds the rate-limit and token
 * episodes as they happen to a real integration: a few calls at the start turned away by a proxy's 429 without
 * headers, two spent windows whose 429s hit eight calls in a row, and a token revoked mid-run for eight calls.
 */
final class FaultPlan {

    /** The operations of the run: two that create (not retry-safe), two that are safe to repeat. */
    enum Operation {
        CONVERSATION_CREATE("conversation?operation=create", false),
        NOTE_CREATE("note?operation=create", false),
        CONTACT_UPDATE("contact?operation=update", true),
        CONTACT_GET("contact?operation=get", true);

        private final String uri;
        private final boolean retrySafe;

        Operation(String uri, boolean retrySafe) {
            this.uri = uri;
            this.retrySafe = retrySafe;
        }

        /** The endpoint URI without the scheme. */
        String uri() {
            return uri;
        }

        boolean retrySafe() {
            return retrySafe;
        }

        boolean creates() {
            return !retrySafe;
        }
    }

    /**
     * One message of the run.
     *
     * @param script the fault of each attempt, in order; attempts beyond it succeed
     */
    record Message(int index, Operation operation, List<FaultKind> script) {

        /** The text that makes the message's object, or change, findable in the workspace. */
        String marker() {
            return String.format("fault-matrix-%03d", index);
        }

        /** What the documented error handler must make of the script. */
        Expected expected(int maxRedeliveries) {
            for (int attempt = 0; attempt < script.size(); attempt++) {
                FaultKind fault = script.get(attempt);
                if (!fault.retried(operation.retrySafe()) || attempt == maxRedeliveries) {
                    return new Expected(false, attempt + 1, fault);
                }
            }
            return new Expected(true, script.size() + 1, null);
        }
    }

    /**
     * The outcome a message must have.
     *
     * @param lastFault the fault that sent it to the dead letters, null when it completed
     */
    record Expected(boolean completed, int attempts, FaultKind lastFault) {

        /** How many objects a create must leave behind: one when it completed or when the request was applied. */
        int objects() {
            return completed || lastFault.processes() ? 1 : 0;
        }
    }

    /** The faults drawn at random; the rate-limit and token faults come in episodes. */
    static final List<FaultKind> RANDOM_FAULTS = List.of(FaultKind.RESET_BEFORE, FaultKind.RESET_AFTER, FaultKind.LATE,
            FaultKind.MALFORMED_JSON, FaultKind.EMPTY_BODY, FaultKind.HTML_PAGE, FaultKind.STATUS_500, FaultKind.STATUS_502,
            FaultKind.STATUS_503, FaultKind.STATUS_504);

    private static final double FAULT_RATE = 0.4;
    private static final double SECOND_FAULT_RATE = 0.25;
    private static final int OUTAGES = 2;
    private static final int EPISODE = 8;

    private FaultPlan() {
    }

    /**
     * The plan of {@code count} messages (at least 200) for this seed. Every fault kind hits every operation at least
     * once; two retry-safe messages meet an outage (503 on every attempt) and exhaust their redeliveries.
     */
    static List<Message> create(long seed, int count, int maxRedeliveries) {
        Random random = new Random(seed);
        Operation[] operations = new Operation[count];
        List<List<FaultKind>> scripts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            operations[i] = Operation.values()[random.nextInt(Operation.values().length)];
            List<FaultKind> script = new ArrayList<>();
            if (random.nextDouble() < FAULT_RATE) {
                script.add(randomFault(random));
                if (operations[i].retrySafe() && random.nextDouble() < SECOND_FAULT_RATE) {
                    script.add(randomFault(random));
                }
            }
            scripts.add(script);
        }
        // at the start, all at once: a proxy's 429 without headers costs a whole window of waiting, paid once
        for (int i = 0; i < Operation.values().length; i++) {
            operations[i] = Operation.values()[i];
            scripts.set(i, new ArrayList<>(List.of(FaultKind.RATE_LIMITED_BARE)));
        }
        int middle = count / 2;
        for (int i = middle; i < middle + EPISODE; i++) {
            operations[i] = Operation.values()[i % Operation.values().length];
            scripts.set(i, new ArrayList<>(List.of(FaultKind.TOKEN_REVOKED)));
        }
        for (int start : new int[] { count / 5 + random.nextInt(count / 5), 3 * count / 5 + random.nextInt(count / 5) }) {
            IntStream.range(start, start + EPISODE).forEach(i -> scripts.get(i).add(0, FaultKind.RATE_LIMITED));
        }
        int outages = 0;
        while (outages < OUTAGES) {
            int i = Operation.values().length + random.nextInt(middle - Operation.values().length);
            if (operations[i].retrySafe() && scripts.get(i).isEmpty()) {
                scripts.set(i, new ArrayList<>(Collections.nCopies(maxRedeliveries + 1, FaultKind.STATUS_503)));
                outages++;
            }
        }
        coverEveryFaultOnEveryOperation(operations, scripts);
        List<Message> plan = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plan.add(new Message(i, operations[i], List.copyOf(scripts.get(i))));
        }
        return plan;
    }

    private static FaultKind randomFault(Random random) {
        return RANDOM_FAULTS.get(random.nextInt(RANDOM_FAULTS.size()));
    }

    /** Gives each fault the chance can have missed for an operation to the first fault-free message of it. */
    private static void coverEveryFaultOnEveryOperation(Operation[] operations, List<List<FaultKind>> scripts) {
        for (FaultKind fault : FaultKind.values()) {
            for (Operation operation : Operation.values()) {
                boolean covered = IntStream.range(0, operations.length)
                        .anyMatch(i -> operations[i] == operation && scripts.get(i).contains(fault));
                if (!covered) {
                    int free = IntStream.range(0, operations.length)
                            .filter(i -> operations[i] == operation && scripts.get(i).isEmpty()).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no fault-free " + operation + " left for " + fault));
                    scripts.get(free).add(fault);
                }
            }
        }
    }

    /** How many faults the plan injects. */
    static int faultCount(List<Message> plan) {
        return plan.stream().mapToInt(m -> m.script().size()).sum();
    }
}
