/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the component knows of Intercom's notification topics, and the topics one endpoint routes. Topics stay free
 * strings: the list grows and some are Preview-only.
 */
final class WebhookTopics {

    /** Sent when the endpoint is tested in the Developer Hub; always subscribed. */
    static final String PING = "ping";
    /** The one topic whose {@code data.item} nests the ticket under {@code ticket}. */
    static final String TICKET_CLOSED = "ticket.closed";
    /** Topics that announce a new object of a resource the polling consumer can emit, which reconciliation recovers. */
    private static final Pattern CREATION = Pattern.compile(
            "conversation\\.user\\.created|conversation\\.admin\\.single\\.created|contact\\.(user|lead)\\.created"
            + "|ticket\\.created|company\\.created");

    /** A topic, or a topic prefix followed by {@code *}: the dots are dots, not regular-expression wildcards. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.]*\\*?");

    private final List<String> patterns;
    private final List<Predicate<String>> matchers;

    private WebhookTopics(List<String> patterns) {
        this.patterns = patterns;
        this.matchers = patterns.stream().map(WebhookTopics::matcher).toList();
    }

    private static Predicate<String> matcher(String pattern) {
        if (!PLAIN.matcher(pattern).matches()) {
            Pattern regex;
            try {
                regex = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("intercom webhook: topics: '" + pattern
                                                   + "' is not a topic, a wildcard or a regular expression: " + e.getDescription());
            }
            return topic -> regex.matcher(topic).matches();
        }
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return topic -> topic.startsWith(prefix);
        }
        return pattern::equals;
    }

    /** The topics of the option, or every topic of the resource ({@code conversation.*}) when it is not set. */
    static WebhookTopics of(String option, String resource) {
        if (option == null || option.isBlank()) {
            return new WebhookTopics(List.of(resource + ".*"));
        }
        return new WebhookTopics(Arrays.stream(option.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList());
    }

    boolean routes(String topic) {
        return matchers.stream().anyMatch(matcher -> matcher.test(topic));
    }

    static boolean isDeletion(String topic) {
        return topic.endsWith(".deleted");
    }

    /** Whether the topic announces a new object of the kind the reconciliation poll emits too. */
    static boolean isCreation(String topic) {
        return CREATION.matcher(topic).matches();
    }

    @Override
    public String toString() {
        return String.join(",", patterns);
    }
}
