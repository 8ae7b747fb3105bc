/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.model.Admin;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Read-only calls to the workspace of {@value LiveWorkspace#TOKEN}: they change nothing there, whatever the workspace
 * holds.
 */
@EnabledIfEnvironmentVariable(named = LiveWorkspace.TOKEN, matches = ".*\\S.*",
                              disabledReason = "no INTERCOM_ACCESS_TOKEN: the live tier is skipped")
class LiveReadIT extends LiveWorkspace {

    @Test
    void theTokensAdminIsOneOfTheWorkspacesAdminsAndTheRawCallSaysTheSame() {
        Admin me = template.requestBody("intercom:admin?operation=me", null, Admin.class);
        assertNotNull(me.getId());
        List<?> admins = template.requestBody("intercom:admin?operation=list", null, List.class);
        assertTrue(admins.stream().anyMatch(a -> me.getId().equals(((Admin) a).getId())), "the token's admin is listed");
        JsonNode raw = template.requestBody("intercom:request?method=GET&path=/me", null, JsonNode.class);
        assertEquals(me.getId(), raw.path("id").asText());
    }

    @Test
    void theWorkspacesListsComeBackAsModelObjects() {
        for (String uri : List.of("intercom:team?operation=list", "intercom:tag?operation=list",
                "intercom:segment?operation=list", "intercom:contact?operation=list&perPage=5",
                "intercom:company?operation=list&perPage=5", "intercom:conversation?operation=list&perPage=5")) {
            Exchange answer = template.request(uri, exchange -> { });
            assertFalse(answer.isFailed(), () -> uri + ": " + answer.getException());
            List<?> items = answer.getMessage().getBody(List.class);
            assertNotNull(items, uri);
            items.forEach(item -> assertInstanceOf(IntercomObject.class, item, uri));
            assertNotNull(answer.getMessage().getHeader(IntercomConstants.REQUEST_ID), uri);
        }
    }

    @Test
    void theLazyIteratorFollowsTheCursorAcrossPagesWithoutRepeatingAContact() {
        Iterator<?> contacts = template.requestBody("intercom:contact?operation=list&perPage=2&paginate=true&maxResults=7",
                null, Iterator.class);
        List<String> ids = new ArrayList<>();
        contacts.forEachRemaining(contact -> ids.add(((IntercomObject) contact).getId()));
        assertTrue(ids.size() <= 7, "maxResults: " + ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "a contact came twice: " + ids);
    }

    @Test
    void aSearchReturnsWhatItAskedFor() {
        List<?> open = template.requestBody("intercom:conversation?operation=search&perPage=5",
                Map.of("field", "state", "operator", "=", "value", "open"), List.class);
        open.forEach(c -> assertEquals("open", ((Conversation) c).getState()));
    }

    @Test
    void aContactThatDoesNotExistIsA404ThatNamesNoSecret() {
        CamelExecutionException failure = assertThrows(CamelExecutionException.class, () -> template.requestBodyAndHeader(
                "intercom:contact?operation=get", null, IntercomConstants.CONTACT_ID, "000000000000000000000000"));
        IntercomApiException api = assertInstanceOf(IntercomApiException.class, failure.getCause());
        assertEquals(404, api.getStatusCode());
        assertFalse(api.getMessage().contains(variable(TOKEN)), "the message contains the token");
    }
}
