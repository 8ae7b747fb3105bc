/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.sandbox.IntercomSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the application in Camel Main, as {@code mvn exec:java} does, against the sandbox instead of Intercom. */
class ApplicationTest {

    // an instance field: a fresh sandbox for each test (a static one serves the whole class)
    @RegisterExtension
    IntercomSandboxExtension intercom = IntercomSandboxExtension.create();

    @TempDir
    Path leads;

    private Main main;
    private CamelContext camel;

    @BeforeEach
    void startTheApplication() {
        main = Application.newMain();
        // instead of the environment: the sandbox's base URI and token, its admin, and a folder for the lead files
        main.setOverrideProperties(intercom.applicationProperties());
        main.addOverrideProperty("intercom.admin-id", intercom.workspace().adminId());
        main.addOverrideProperty("leads.dir", leads.toString());
        // the routes start when a test has said what it waits for
        main.addOverrideProperty("camel.main.auto-startup", "false");
        main.start();
        camel = main.getCamelContext();
    }

    @AfterEach
    void stopTheApplication() {
        main.stop();
    }

    @Test
    void startsBothRoutesAndSearchesForStaleConversations() throws Exception {
        NotifyBuilder searched = new NotifyBuilder(camel).fromRoute("close-stale").whenCompleted(1).create();
        camel.getRouteController().startAllRoutes();

        assertEquals(List.of("close-stale", "import-leads"), camel.getRoutes().stream().map(Route::getRouteId).sorted().toList());
        assertTrue(searched.matches(10, TimeUnit.SECONDS), "close-stale did not complete");
        assertEquals(1, intercom.requests().count("POST", "/conversations/search"));
    }

    @Test
    void turnsALeadFileIntoAContactWithANote() throws Exception {
        NotifyBuilder imported = new NotifyBuilder(camel).fromRoute("import-leads").whenCompleted(1).create();
        camel.getRouteController().startAllRoutes();

        Files.writeString(leads.resolve("ada.json"), "{\"role\": \"lead\", \"email\": \"ada@example.com\", \"name\": \"Ada\"}");

        assertTrue(imported.matches(10, TimeUnit.SECONDS), "import-leads did not complete");
        JsonNode contact = intercom.workspace().contacts().get(0);
        assertEquals("lead", contact.get("role").asText());
        assertEquals("Ada", contact.get("name").asText());
        JsonNode note = intercom.workspace().notes().get(0);
        assertEquals(contact.get("id"), note.at("/contact/id"));
        assertEquals("<p>Imported from ada.json</p>", note.get("body").asText());
    }
}
