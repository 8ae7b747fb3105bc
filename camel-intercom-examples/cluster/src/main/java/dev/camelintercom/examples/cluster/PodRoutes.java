/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.IntStream;

import dev.camelintercom.cluster.IntercomCluster;
import dev.camelintercom.component.IntercomApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes every pod runs, the main job's kind:
 * <ul>
 * <li>{@code import-contacts}: each pod imports its own {@code import.count} contacts, 8 at a time, as fast as the
 * shared rate limit lets it; a row Intercom refuses is written down, and the import goes on;</li>
 * <li>{@code triage-conversations}: one pod at a time (the leader of {@code master:}) polls new conversations and replies
 * to each, its position in the shared state repository. The consumer is at-least-once: a leader killed after a reply
 * but before its position was written leaves that conversation to the next leader, so the route reads the
 * conversation first and replies only when no pod did;</li>
 * <li>{@code receive-contacts}: every pod receives Intercom's webhook deliveries, whichever the load balancer picks;
 * each notification is routed once across the pods through the shared delivery ledger;</li>
 * <li>{@code pod-figures}: every second, a line with what the pod asked the engine.</li>
 * </ul>
 * What each route did is written to the pod's {@code pod.record} file, one line per fact, for whoever runs the pods.
 */
public final class PodRoutes extends RouteBuilder {

    private static final String REPLY = "Thank you: handled by ";

    @Override
    public void configure() {
        String pod = "{{pod.name}}";

        from("timer:import?repeatCount=1&delay={{import.delay:0}}").routeId("import-contacts")
                .process(e -> e.getMessage().setBody(IntStream.range(0, Integer.parseInt(
                        e.getContext().resolvePropertyPlaceholders("{{import.count:100}}"))).boxed().toList()))
                .split(body()).parallelProcessing().executorService(getContext().getExecutorServiceManager()
                        .newFixedThreadPool(this, "import", 8))
                    .setBody(simple("{\"role\": \"user\", \"external_id\": \"" + pod + "-${body}\", "
                                    + "\"email\": \"" + pod + "-${body}@example.com\"}"))
                    .doTry()
                        .to("intercom:contact?operation=create")
                    .doCatch(IntercomApiException.class)
                        .process(e -> record(e.getContext().resolvePropertyPlaceholders("{{pod.record}}"),
                                "import-failed " + e.getProperty(Exchange.EXCEPTION_CAUGHT, IntercomApiException.class)
                                        .getStatusCode()))
                    .end()
                .end()
                .process(e -> record(e.getContext().resolvePropertyPlaceholders("{{pod.record}}"), "import-done"));

        from("master:intercom-conversations:intercom:conversation?stateRepository=#intercomState"
             + "&stateKey=conversations&startFrom=beginning&delay={{triage.delay:1000}}&lookback=60")
                .routeId("triage-conversations")
                .setHeader("CamelIntercomConversationId", header("CamelIntercomResourceId"))
                .to("intercom:conversation?operation=get")
                .convertBodyTo(String.class)
                .filter(body().not().contains(REPLY))
                    .setBody(constant("{\"message_type\": \"comment\", \"type\": \"admin\", \"body\": \"" + REPLY + pod
                                      + "\"}"))
                    .to("intercom:conversation?operation=reply&adminId={{intercom.admin-id}}")
                .end()
                .process(e -> record(e.getContext().resolvePropertyPlaceholders("{{pod.record}}"),
                        "conversation " + e.getMessage().getHeader("CamelIntercomResourceId")));

        from("webhook:intercom:contact?topics=contact.user.created&acknowledge=processed"
             + "&idempotentRepository=#intercomDeliveries"
             + "&webhookComponentName=platform-http&webhookPath=/intercom/contacts")
                .routeId("receive-contacts")
                .process(e -> record(e.getContext().resolvePropertyPlaceholders("{{pod.record}}"),
                        "delivery " + e.getMessage().getHeader("CamelIntercomNotificationId")));

        from("timer:figures?period=1000").routeId("pod-figures")
                .process(e -> record(e.getContext().resolvePropertyPlaceholders("{{pod.record}}"), "engine-operations " + "" 
                                     + e.getContext().getRegistry().lookupByNameAndType("intercomCluster",
                                             IntercomCluster.class).engineOperations()));
    }

    private static synchronized void record(String file, String line) throws java.io.IOException {
        Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
