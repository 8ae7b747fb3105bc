/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo workspace, as the API shows it, and the conversations that keep arriving in it. */
class DemoSeedTest extends SandboxClientTestSupport {

    @Test
    void seedsAdminsTeamsTagsContactsInCompaniesAndABacklogOfOldOpenConversations() {
        start(SandboxOptions.defaults());
        long now = sandbox.clock().now();
        DemoSeed.Seeded seeded = DemoSeed.seed(sandbox);

        assertEquals(4, client.get("/admins").body().path("admins").size());
        assertEquals(Set.of("Support", "Billing", "Shipping", "Technical"), names(client.get("/teams").body().path("teams")));
        assertEquals(Set.copyOf(DemoSeed.TAGS), names(client.get("/tags").body().path("data")));
        assertEquals(DemoSeed.CONTACTS, client.get("/contacts?per_page=1").body().path("total_count").asInt());
        assertEquals(DemoSeed.COMPANIES, client.post("/companies/list", null).body().path("total_count").asInt());

        ObjectNode first = sandbox.workspace().contact(seeded.contactIds().get(0));
        assertEquals("cust-0001", first.get("external_id").asText());
        assertEquals("ada.lovelace.1@example.com", first.get("email").asText());
        assertEquals(seeded.companyIds().get(0), first.at("/companies/data/0/id").asText());
        assertEquals("c-001", sandbox.workspace().company(seeded.companyIds().get(0)).get("company_id").asText());

        List<ObjectNode> conversations = sandbox.workspace().conversations();
        assertEquals(DemoSeed.BACKLOG, conversations.size());
        for (ObjectNode conversation : conversations) {
            assertEquals("open", conversation.get("state").asText());
            assertTrue(conversation.get("created_at").asLong() <= now - Duration.ofDays(39).toSeconds());
            assertEquals(conversation.get("created_at"), conversation.get("updated_at"), "untouched since it was asked");
        }
        // and as stale to the API's search as it is old
        long monthAgo = now - Duration.ofDays(30).toSeconds();
        assertEquals(DemoSeed.BACKLOG, client.post("/conversations/search", "{\"query\": {\"field\": \"updated_at\", "
                                                   + "\"operator\": \"<\", \"value\": " + monthAgo + "}}")
                .body().path("total_count").asInt());
    }

    @Test
    void arrivalsCycleThroughTheMessagesUntilTheirCount() {
        start(SandboxOptions.defaults());
        DemoSeed.Seeded seeded = DemoSeed.seed(sandbox);

        try (DemoArrivals arrivals = DemoSeed.arrivals(sandbox, seeded, 14, Duration.ofMillis(10))) {
            await().atMost(Duration.ofSeconds(10)).until(arrivals::finished);
            assertEquals(14, arrivals.ids().size());
            for (int n = 0; n < 14; n++) {
                ObjectNode conversation = sandbox.workspace().conversation(arrivals.ids().get(n));
                assertEquals("<p>" + DemoSeed.MESSAGES.get(n % 12) + "</p>", conversation.at("/source/body").asText());
                assertEquals("open", conversation.get("state").asText());
            }
        }
        assertEquals(DemoSeed.BACKLOG + 14, sandbox.workspace().conversations().size());
    }

    private static Set<String> names(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.get("name").asText())
                .collect(Collectors.toSet());
    }
}
