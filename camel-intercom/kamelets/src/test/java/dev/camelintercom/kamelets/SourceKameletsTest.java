/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The polling source Kamelets, each from a Pipe against the sandbox: every object once, oldest first, as JSON; and
 * after a restart (a new Camel context on the same file state repository) only the objects created since.
 */
class SourceKameletsTest extends KameletTestSupport {

    /** A source Kamelet and how the workspace creates one of its objects. */
    enum Source {
        CONVERSATIONS("intercom-new-conversations-source", "/conversations/search",
                (w, n) -> w.createConversation(contact(w), "Question " + n)),
        CONTACTS("intercom-new-contacts-source", "/contacts/search",
                (w, n) -> w.createContact(Map.of("email", "lead" + n + "@example.com", "role", "lead"))),
        TICKETS("intercom-new-tickets-source", "/tickets/search", (w, n) -> w.createTicket(contact(w), "Problem " + n));

        final String kamelet;
        final String searchPath;
        final Creator creator;

        Source(String kamelet, String searchPath, Creator creator) {
            this.kamelet = kamelet;
            this.searchPath = searchPath;
            this.creator = creator;
        }

        private static String contact(Workspace w) {
            return w.contacts().isEmpty() ? w.createContact(Map.of("email", "owner@example.com")).get("id").asText()
                    : w.contacts().get(0).get("id").asText();
        }
    }

    interface Creator {
        JsonNode create(Workspace workspace, int n);
    }

    @TempDir
    Path state;

    private final List<String> emitted = Collections.synchronizedList(new ArrayList<>());

    @ParameterizedTest
    @EnumSource(Source.class)
    void emitsEachObjectOnceAlsoAfterARestart(Source source) throws Exception {
        List<String> ids = new ArrayList<>();
        Function<Integer, String> create = n -> source.creator.create(sandbox.workspace(), n).get("id").asText();
        ids.add(create.apply(1));
        ids.add(create.apply(2));

        try (CamelContext first = pipeContext(source)) {
            first.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> emitted.size() >= 2);
            ids.add(create.apply(3));
            await().atMost(Duration.ofSeconds(20)).until(() -> emitted.size() >= 3);
        }
        ids.add(create.apply(4));

        try (CamelContext second = pipeContext(source)) {
            second.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> emitted.size() >= 4);
            // three more polls that find nothing new
            int polls = sandbox.requests().count("POST", source.searchPath);
            await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.requests().count("POST", source.searchPath) >= polls + 3);
        }
        assertEquals(ids, emitted);
    }

    /**
     * A new context on the sandbox and the state file, running the source in a Pipe to a route that records ids. The
     * source is named by its URI: Camel 4.18.0 URL-encodes a Pipe's {@code properties} (the {@code #} of a bean
     * reference) without decoding them (CAMEL-23594), see docs/kamelets.md.
     */
    private CamelContext pipeContext(Source source) throws Exception {
        DefaultCamelContext pipe = new DefaultCamelContext();
        sandbox.configure(pipe);
        pipe.getRegistry().bind("intercomState", FileStateRepository.fileStateRepository(state.resolve("intercom.dat").toFile()));
        pipe.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:emitted").process(e -> emitted.add(JSON.readTree(e.getMessage().getBody(String.class))
                        .get("id").asText()));
            }
        });
        PluginHelper.getRoutesLoader(pipe).loadRoutes(ResourceHelper.fromString("pipe.yaml", """
                apiVersion: camel.apache.org/v1
                kind: Pipe
                metadata:
                  name: new-objects
                spec:
                  source:
                    uri: "kamelet:%s?startFrom=beginning&delay=100&stateRepository=#intercomState"
                  sink:
                    uri: direct:emitted
                """.formatted(source.kamelet)));
        return pipe;
    }
}
