/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Faults queued for the next requests, optionally only those to one method and path (and with a body holding some
 * text). Rules are used in the order they
 * were added; each serves its count of matching requests and is then gone. Thread-safe.
 */
public final class SandboxFaults {

    private final List<Rule> rules = new ArrayList<>();

    /** The next {@code count} requests, whatever their path, get {@code fault}. */
    public SandboxFaults nextRequests(int count, SandboxFault fault) {
        return add(new Rule(null, null, null, count, fault));
    }

    /**
     * The next {@code count} requests with this method and path get {@code fault}. The path is exact, or a template
     * whose {@code {name}} or {@code *} segments match any one segment: {@code /conversations/{id}/parts}.
     */
    public SandboxFaults nextRequests(int count, String method, String path, SandboxFault fault) {
        return add(new Rule(Objects.requireNonNull(method, "method"), Objects.requireNonNull(path, "path").split("/"),
                null, count, fault));
    }

    /**
     * The next {@code count} requests with this method and path whose body contains {@code bodyPart} get
     * {@code fault}: the requests that carry one message's data, when many messages use the same path
     * ({@code POST /conversations}).
     */
    public SandboxFaults nextRequests(int count, String method, String path, String bodyPart, SandboxFault fault) {
        return add(new Rule(Objects.requireNonNull(method, "method"), Objects.requireNonNull(path, "path").split("/"),
                Objects.requireNonNull(bodyPart, "bodyPart"), count, fault));
    }

    /** How many requests still get a fault. */
    public synchronized int pending() {
        return rules.stream().mapToInt(r -> r.remaining).sum();
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** The fault for this request, if one is queued; consumes it. */
    synchronized SandboxFault take(String method, String path, String body) {
        Iterator<Rule> it = rules.iterator();
        while (it.hasNext()) {
            Rule rule = it.next();
            if (rule.matches(method, path, body)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                return rule.fault;
            }
        }
        return null;
    }

    private synchronized SandboxFaults add(Rule rule) {
        if (rule.remaining < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        rules.add(rule);
        return this;
    }

    private static final class Rule {
        private final String method;
        private final String[] segments;
        private final String bodyPart;
        private final SandboxFault fault;
        private int remaining;

        private Rule(String method, String[] segments, String bodyPart, int count, SandboxFault fault) {
            this.method = method;
            this.segments = segments;
            this.bodyPart = bodyPart;
            this.fault = Objects.requireNonNull(fault, "fault");
            this.remaining = count;
        }

        private boolean matches(String requestMethod, String path, String body) {
            if (method == null) {
                return true;
            }
            if (bodyPart != null && (body == null || !body.contains(bodyPart))) {
                return false;
            }
            String[] actual = path.split("/");
            if (!method.equalsIgnoreCase(requestMethod) || actual.length != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                if (!s.equals(actual[i]) && !"*".equals(s) && !(s.startsWith("{") && s.endsWith("}"))) {
                    return false;
                }
            }
            return true;
        }
    }
}
