/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The naming rule of the operations generated from Intercom's description (docs/design.md, "Names"): the resource from
 * the operation's tag, singular and lowerCamel; the operation from what its operationId says it does, less the
 * resource's own words. A pure function of the description: the generator resolves collisions afterwards.
 */
public final class OperationNaming {

    /** Tags whose singular is not their last word without an "s", or whose resource keeps today's name. */
    private static final Map<String, String> IRREGULAR_TAGS = Map.of(
            "Data Events", "event", "News", "newsItem", "Office Hours", "officeHours", "AI Content", "aiContent",
            "IP Allowlist", "ipAllowlist", "Conversations Attributes", "conversationAttribute", "WhatsApp", "whatsApp");
    /** Verbs of the description that a Camel user says otherwise ({@code lis} is a typo of two operationIds). */
    private static final Map<String, String> VERBS = Map.of("retrieve", "get", "show", "get", "find", "get",
            "lis", "list");
    /** Words that join the verb to the resource: {@code attachTagToArticle} is {@code article.attachTag}. */
    private static final Set<String> JOINERS = Set.of("a", "an", "the", "to", "from", "for", "all");

    private OperationNaming() {
    }

    /**
     * The resource of an operation: of several tags, the one naming the object its path starts with
     * ({@code /contacts/{id}/tags} is a contact's); else the first tag.
     */
    public static String resource(List<String> tags, String path) {
        String first = path.split("/")[1];
        String fromPath = singular(lowerCamel(first.split("_")));
        for (String tag : tags) {
            if (resourceOfTag(tag).equals(fromPath)) {
                return fromPath;
            }
        }
        return resourceOfTag(tags.get(0));
    }

    /** A tag as a resource: singular, lowerCamel ({@code Custom Object Instances} is {@code customObjectInstance}). */
    public static String resourceOfTag(String tag) {
        String irregular = IRREGULAR_TAGS.get(tag);
        return irregular != null ? irregular : singular(lowerCamel(tag.split(" ")));
    }

    /**
     * The operation's name: its operationId's words, the verb as a Camel user says it ({@code retrieve} is
     * {@code get}), without the resource's words where they directly follow the verb or end the name after a joining
     * word, without joining words, and without a final {@code ById}. Without an operationId, from the method and path.
     */
    public static String operation(String resource, String operationId, String method, String path) {
        if (operationId == null) {
            return fromCall(method, path);
        }
        List<String> words = new ArrayList<>();
        for (String word : splitCamel(operationId)) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
        words.set(0, VERBS.getOrDefault(words.get(0), words.get(0)));
        List<String> resourceWords = new ArrayList<>();
        for (String word : splitCamel(resource)) {
            resourceWords.add(word.toLowerCase(Locale.ROOT));
        }
        removeResource(words, resourceWords);
        if (words.size() > 2 && words.get(words.size() - 2).equals("by") && words.get(words.size() - 1).equals("id")) {
            words.subList(words.size() - 2, words.size()).clear();
        }
        words.removeIf(JOINERS::contains);
        if (words.isEmpty()) {
            return VERBS.getOrDefault(method.toLowerCase(Locale.ROOT), method.toLowerCase(Locale.ROOT));
        }
        return lowerCamel(words.toArray(String[]::new));
    }

    /** The operationId as an operation name, where the rule's names collide. */
    public static String fallback(String operationId, String method, String path) {
        return operationId == null ? fromCall(method, path)
                : Character.toLowerCase(operationId.charAt(0)) + operationId.substring(1);
    }

    private static void removeResource(List<String> words, List<String> resource) {
        int n = resource.size();
        // directly after the verb
        if (matches(words, 1, resource)) {
            words.subList(1, 1 + n).clear();
            return;
        }
        // the verb itself names the resource (jobsStatus)
        if (matches(words, 0, resource) && words.size() > n) {
            words.subList(0, n).clear();
            return;
        }
        // at the end, after a joining word
        int end = words.size() - n;
        if (end > 1 && matches(words, end, resource) && JOINERS.contains(words.get(end - 1))) {
            words.subList(end, words.size()).clear();
        }
    }

    private static boolean matches(List<String> words, int at, List<String> resource) {
        if (at < 0 || at + resource.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < resource.size(); i++) {
            String word = words.get(at + i);
            String wanted = resource.get(i);
            if (!word.equals(wanted) && !singular(word).equals(wanted)) {
                return false;
            }
        }
        return true;
    }

    /** The operations without an operationId (reporting data export): the last literal of the path, else the method. */
    private static String fromCall(String method, String path) {
        String[] segments = path.substring(1).split("/");
        String last = segments[segments.length - 1];
        if (!last.startsWith("{")) {
            return lowerCamel(last.split("_"));
        }
        if ("download".equals(segments[0])) {
            return "download";
        }
        return switch (method) {
            case "GET" -> "get";
            case "PUT" -> "update";
            case "DELETE" -> "delete";
            default -> "create";
        };
    }

    static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static String lowerCamel(String... words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            sb.append(sb.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return sb.toString();
    }

    /** {@code RetrieveACompanyById} is Retrieve, A, Company, By, Id. */
    static List<String> splitCamel(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(c);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
