/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo workspace, the same at every start: the support organisation of a small shop with admins, teams, tags,
 * {@value #CONTACTS} contacts (external ids {@code cust-0001} on) spread over {@value #COMPANIES} companies (company
 * ids {@code c-001} on), and a backlog of {@value #BACKLOG} open conversations asked 40 days ago and not touched since
 * (their {@code updated_at} is 40 days old too: a stale-conversation sweep finds them all at once). New conversations
 * arrive through {@link #arrivals(IntercomSandbox, Seeded, int, Duration)}. The main job of the examples and the standalone
 * sandbox ({@code --seed demo}) serve it. Seeding writes to the workspace directly: no API calls are counted.
 */
public final class DemoSeed {

    public static final int CONTACTS = 300;
    public static final int COMPANIES = 120;
    public static final int BACKLOG = 24;
    /** The teams besides the workspace's own {@code Support}. */
    public static final List<String> TEAMS = List.of("Billing", "Shipping", "Technical");
    public static final List<String> TAGS = List.of("billing", "shipping", "account", "bug", "feedback", "general");

    /**
     * What customers write, in the order the arrivals cycle through it: two messages for each of the six subjects the
     * main job's router knows (billing, shipping, account, bug, feedback, anything else).
     */
    public static final List<String> MESSAGES = List.of(
            "I was charged twice this month, can I get a refund?",
            "My order #4412 has not arrived yet, when is the delivery?",
            "I forgot my password and cannot log in",
            "The app crashes every time I open the settings",
            "Thanks, that solved it!",
            "Do you have a discount for non-profits?",
            "Where can I download last month's invoice?",
            "The tracking page says shipping was delayed again",
            "How do I reset my password?",
            "I get an error when I upload a photo",
            "All sorted now, thank you",
            "Can I talk to someone about your enterprise plan?");

    private static final String[] FIRST_NAMES = { "Ada", "Alan", "Barbara", "Claude", "Dennis", "Edsger", "Frances",
            "Grace", "Hedy", "Ivan", "Jean", "Ken", "Linus", "Margaret", "Niklaus", "Radia", "Sophie", "Tim", "Ursula",
            "Whitfield" };
    private static final String[] LAST_NAMES = { "Lovelace", "Turing", "Liskov", "Shannon", "Ritchie", "Dijkstra",
            "Allen", "Hopper", "Lamarr", "Sutherland", "Sammet", "Thompson", "Torvalds", "Hamilton", "Wirth",
            "Perlman", "Wilson", "Berners-Lee", "Franklin", "Diffie" };
    private static final String[] COMPANY_WORDS = { "Blue", "Harbor", "North", "Cedar", "Copper", "Lantern", "Orchard",
            "Summit", "Willow", "Falcon", "Granite", "Meadow" };
    private static final String[] INDUSTRIES = { "Retail", "Software", "Logistics", "Education", "Health" };
    private static final long BACKLOG_AGE_SECONDS = Duration.ofDays(40).toSeconds();

    /** The ids of what {@link #seed(IntercomSandbox)} created. */
    public record Seeded(List<String> adminIds, Map<String, String> teamIds, Map<String, String> tagIds,
            List<String> contactIds, List<String> companyIds, List<String> backlogIds) {

        /** The id of a team by name, including the workspace's own {@code Support}. */
        public String teamId(String name) {
            String id = teamIds.get(name);
            if (id == null) {
                throw new IllegalArgumentException("No demo team " + name + "; teams: " + teamIds.keySet());
            }
            return id;
        }
    }

    private DemoSeed() {
    }

    /** Fills the workspace of a new sandbox with the demo data. */
    public static Seeded seed(IntercomSandbox sandbox) {
        Workspace workspace = sandbox.workspace();
        List<String> adminIds = new ArrayList<>();
        adminIds.add(workspace.adminId());
        for (String name : List.of("Grace Hopper", "Linus Torvalds", "Radia Perlman")) {
            adminIds.add(workspace.createAdmin(name, email(name, "shop.example")).get("id").asText());
        }
        Map<String, String> teamIds = new LinkedHashMap<>();
        workspace.teams().forEach(team -> teamIds.put(team.get("name").asText(), team.get("id").asText()));
        for (int i = 0; i < TEAMS.size(); i++) {
            String name = TEAMS.get(i);
            teamIds.put(name, workspace.createTeam(name, adminIds.get(i + 1), adminIds.get(0)).get("id").asText());
        }
        Map<String, String> tagIds = new LinkedHashMap<>();
        TAGS.forEach(tag -> tagIds.put(tag, workspace.createTag(tag).get("id").asText()));

        List<String> companyIds = new ArrayList<>();
        for (int i = 1; i <= COMPANIES; i++) {
            companyIds.add(workspace.createOrUpdateCompany(Map.of("company_id", companyId(i), "name", companyName(i),
                    "industry", INDUSTRIES[i % INDUSTRIES.length], "size", 5 + i * 3)).get("id").asText());
        }
        List<String> contactIds = new ArrayList<>();
        for (int i = 1; i <= CONTACTS; i++) {
            String id = workspace.createContact(Map.of("role", "user", "external_id", externalId(i),
                    "email", contactEmail(i), "name", contactName(i))).get("id").asText();
            workspace.attachContactToCompany(id, companyIds.get((i - 1) % COMPANIES));
            contactIds.add(id);
        }
        List<String> backlogIds = new ArrayList<>();
        long askedAt = sandbox.clock().now() - BACKLOG_AGE_SECONDS;
        for (int i = 0; i < BACKLOG; i++) {
            backlogIds.add(workspace.createUntouchedConversation(Map.of(
                    "from", Map.of("type", "contact", "id", contactIds.get(i * 11 % CONTACTS)),
                    "body", "Any news on my question from last month?", "created_at", askedAt + i * 600L))
                    .get("id").asText());
        }
        return new Seeded(List.copyOf(adminIds), Map.copyOf(teamIds), Map.copyOf(tagIds), List.copyOf(contactIds),
                List.copyOf(companyIds), List.copyOf(backlogIds));
    }

    /**
     * Starts customers writing in: {@code count} new conversations (use {@link Integer#MAX_VALUE} for no end), one
     * every {@code every}, cycling through {@link #MESSAGES}, from the demo contacts. They are written to the workspace
     * directly, as customers' messages are: they are no API calls.
     */
    public static DemoArrivals arrivals(IntercomSandbox sandbox, Seeded seeded, int count, Duration every) {
        return new DemoArrivals(sandbox.workspace(), seeded.contactIds(), count, every);
    }

    /** {@code cust-0001} for the first contact. */
    public static String externalId(int n) {
        return String.format(Locale.ROOT, "cust-%04d", n);
    }

    /** {@code c-001} for the first company. */
    public static String companyId(int n) {
        return String.format(Locale.ROOT, "c-%03d", n);
    }

    public static String contactName(int n) {
        return FIRST_NAMES[(n - 1) % FIRST_NAMES.length] + " " + LAST_NAMES[(n - 1) / FIRST_NAMES.length % LAST_NAMES.length];
    }

    /** A unique address, e.g. {@code ada.lovelace.1@example.com}. */
    public static String contactEmail(int n) {
        return email(contactName(n) + " " + n, "example.com");
    }

    public static String companyName(int n) {
        int words = COMPANY_WORDS.length;
        return COMPANY_WORDS[(n - 1) % words] + " " + COMPANY_WORDS[(n - 1) / words % words] + " " + (n % 2 == 0 ? "Ltd" : "Inc");
    }

    private static String email(String name, String domain) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + domain;
    }
}
