/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.util.List;

import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The setup of the per-call benchmarks works, without running them: each client makes its three calls against the
 * stub and gets the same model objects back.
 */
class ClientsTest {

    private static CallStub stub;

    @BeforeAll
    static void startStub() throws Exception {
        stub = new CallStub();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"component", "raw", "camelHttp", "rawInRoute"})
    void eachClientGetsTheSameObjects(String kind) throws Exception {
        try (Client client = Client.create(kind, stub.baseUri())) {
            assertEquals(Bodies.CONTACT_ID, assertInstanceOf(Contact.class, client.getContact()).getId());
            assertEquals(Bodies.CONVERSATION_ID, assertInstanceOf(Conversation.class, client.reply()).getId());
            List<?> page = assertInstanceOf(List.class, client.search());
            assertEquals(Bodies.SEARCH_PAGE, page.size());
            assertInstanceOf(Contact.class, page.get(0));
        }
    }
}
