/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.camelintercom.component.FaultPlan.Message;

/**
 * The table of {@link FaultMatrixTest} that {@code docs/faults.md} shows: for each fault and kind of operation, how
 * many attempts met it, what the route saw, whether the message was sent again, and what followed.
 */
final class FaultMatrixTable {

    private FaultMatrixTable() {
    }

    /**
     * The matrix as a Markdown table: one row per fault and kind of operation, from what the run saw.
     *
     * @param failures  the exceptions each message met, attempt by attempt
     * @param completed the messages that completed
     */
    static String render(List<Message> plan, Map<Integer, List<Exception>> failures, Set<Integer> completed,
            int maxRedeliveries) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (FaultKind fault : FaultKind.values()) {
            for (String kind : List.of("create", "get, update")) {
                rows.put(fault + kind, new Row(fault.label(), kind));
            }
        }
        Row outage = new Row("503 on every attempt (an outage)", "get, update");
        for (Message message : plan) {
            String kind = message.operation().creates() ? "create" : "get, update";
            List<Exception> seen = failures.getOrDefault(message.index(), List.of());
            if (message.script().size() > maxRedeliveries && !seen.isEmpty()) {
                outage.add(seen.size(), describe(seen.get(seen.size() - 1)), (seen.size() - 1) + " times",
                        "dead letter channel after " + seen.size() + " attempts");
                continue;
            }
            for (int attempt = 0; attempt < seen.size() && attempt < message.script().size(); attempt++) {
                FaultKind fault = message.script().get(attempt);
                boolean retried = attempt + 1 < seen.size() || completed.contains(message.index());
                rows.get(fault + kind).add(1, describe(seen.get(attempt)), retried ? "yes" : "no",
                        retried ? "redelivered" : deadLetterResult(message, fault));
            }
        }
        StringBuilder table = new StringBuilder("| Fault | Operation | Attempts hit | The route sees | Retried | Then |\n"
                                                + "|---|---|---|---|---|---|\n");
        for (Row row : rows.values()) {
            row.appendTo(table);
        }
        outage.appendTo(table);
        return table.toString();
    }

    private static String deadLetterResult(Message message, FaultKind fault) {
        if (!message.operation().creates()) {
            return "dead letter channel";
        }
        return "dead letter channel; " + (fault.processes() ? "the object exists (once)" : "nothing was created");
    }

    private static String describe(Exception e) {
        if (e instanceof IntercomTransportException t) {
            return "IntercomTransportException, requestMayHaveArrived=" + t.isRequestMayHaveArrived() + ", retrySafe="
                   + t.isRetrySafe();
        }
        if (e instanceof IntercomApiException api) {
            return "IntercomApiException " + api.getStatusCode() + " "
                   + (api.getErrorCode() == null ? "(no error code)" : api.getErrorCode()) + ", retrySafe=" + api.isRetrySafe();
        }
        return String.valueOf(e);
    }

    /** One row of the matrix: what the attempts that met a fault saw and what followed. */
    private static final class Row {
        private final String fault;
        private final String operation;
        private final Set<String> seen = new TreeSet<>();
        private final Set<String> retried = new TreeSet<>();
        private final Set<String> then = new TreeSet<>();
        private int attempts;

        Row(String fault, String operation) {
            this.fault = fault;
            this.operation = operation;
        }

        void add(int count, String what, String retry, String next) {
            attempts += count;
            seen.add(what);
            retried.add(retry);
            then.add(next);
        }

        void appendTo(StringBuilder table) {
            if (attempts > 0) {
                table.append("| ").append(fault).append(" | ").append(operation).append(" | ").append(attempts).append(" | ")
                        .append(String.join("; ", seen)).append(" | ").append(String.join(", ", retried)).append(" | ")
                        .append(String.join("; ", then)).append(" |\n");
            }
        }
    }
}
