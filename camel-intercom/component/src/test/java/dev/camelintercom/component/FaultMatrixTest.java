/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.FaultPlan.Expected;
import dev.camelintercom.component.FaultPlan.Message;
import dev.camelintercom.component.FaultPlan.Operation;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.SandboxRequests;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.OnExceptionDefinition;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@value #MESSAGES} messages (conversation creates, note creates, contact updates and gets) through the error
 * handler of the documentation, against the sandbox, while a seeded plan ({@link FaultPlan}) injects every kind of
 * fault ({@link FaultKind}) from 8 threads at once. Every message must end exactly once, completed or in the dead
 * letter channel with the exception of its last fault; no create may leave a duplicate, no completed create may leave
 * nothing behind. Prints the fault matrix and the figures that {@code docs/faults.md} quotes.
 */
class FaultMatrixTest extends SandboxTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(FaultMatrixTest.class);

    static final long SEED = 20_160_416L;
    static final int MESSAGES = 300;
    private static final int THREADS = 8;
    private static final int MAX_REDELIVERIES = 5;
    /** Half the lateness of {@link FaultKind#LATE}. */
    private static final long RESPONSE_TIMEOUT_MILLIS = 1_000;
    private static final String INDEX = "FaultMatrixIndex";

    private final List<Message> plan = FaultPlan.create(SEED, MESSAGES, MAX_REDELIVERIES);
    /** The exceptions each message met, attempt by attempt, as the error handler saw them. */
    private final Map<Integer, List<Exception>> failures = new ConcurrentHashMap<>();
    private final Map<Integer, Exchange> completed = new ConcurrentHashMap<>();
    private final Map<Integer, Exchange> deadLetters = new ConcurrentHashMap<>();
    private final List<String> contactIds = new ArrayList<>();

    @Override
    protected SandboxOptions sandboxOptions() {
        // one-second windows: a 429 with headers resets within a second
        return SandboxOptions.defaults().rateLimitWindowSeconds(1);
    }

    @Override
    protected void seed(Workspace workspace) {
        for (Message message : plan) {
            contactIds.add(workspace.createContact(Map.of("email", message.marker() + "@example.com")).get("id").asText());
        }
    }

    @Override
    protected void configure(Component intercom) {
        IntercomConfiguration configuration = ((IntercomComponent) intercom).getConfiguration();
        configuration.setResponseTimeout(RESPONSE_TIMEOUT_MILLIS);
        configuration.setAdminId(sandbox.workspace().adminId());
    }


    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the dead letter channel and the recipe of docs/errors.md, its delays shortened (on a 429 Camel waits
                // the CamelRedeliveryDelay the component sets instead; the cap keeps the back-off from doubling that wait)
                errorHandler(deadLetterChannel("direct:dead").onExceptionOccurred(FaultMatrixTest.this::record));
                redeliverWhatIsSafe(this).redeliveryDelay(5).maximumRedeliveryDelay(100);
                for (Operation operation : Operation.values()) {
                    from("direct:" + operation).to("intercom:" + operation.uri())
                            .process(e -> completed.put(e.getMessage().getHeader(INDEX, Integer.class), e));
                }
                from("direct:dead").process(e -> deadLetters.put(e.getMessage().getHeader(INDEX, Integer.class), e));
            }
        };
    }

    /**
     * The recipe of docs/errors.md, "Redeliver what is safe to redeliver", as the page shows it but for the delays,
     * which the caller sets ({@link #runsTheRecipeOfTheErrorsPage}): the failure itself (not an earlier one Camel keeps
     * as suppressed) says whether a retry is safe, asked on every failure, unlike {@code onWhen} (see
     * {@link RetryRecipeTest}); at most {@value #MAX_REDELIVERIES} redeliveries.
     */
    static OnExceptionDefinition redeliverWhatIsSafe(RouteBuilder routes) {
        return routes.onException(IntercomApiException.class, IntercomTransportException.class)
            // asked on every failure: a create let through after a 429 must not be sent again after a later reset
            .retryWhile(exchange -> exchange.getException() instanceof IntercomFailure failure && failure.isRetrySafe()
                    && exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) <= 5)
            .useExponentialBackOff();
    }

    @Test
    void runsTheRecipeOfTheErrorsPage() throws IOException {
        String page = Files.readString(Path.of("../../docs/errors.md"), StandardCharsets.UTF_8);
        Matcher recipe = Pattern.compile("```java\n(onException\\(IntercomApiException.*?\\.useExponentialBackOff\\(\\))\n"
                                         + "    \\.maximumRedeliveryDelay\\(30_000\\);\n```", Pattern.DOTALL).matcher(page);
        assertTrue(recipe.find(), "docs/errors.md has no retry recipe ending in .useExponentialBackOff().maximumRedeliveryDelay(30_000)");
        String source = Files.readString(Path.of("src/test/java/dev/camelintercom/component/FaultMatrixTest.java"),
                StandardCharsets.UTF_8);
        assertTrue(source.replaceAll("\\s+", "").contains(recipe.group(1).replaceAll("\\s+", "")),
                "redeliverWhatIsSafe is not the recipe of docs/errors.md:\n" + recipe.group(1));
        assertTrue(recipe.group(1).contains("<= " + MAX_REDELIVERIES + ")"), "the recipe's redeliveries");
    }

    private void record(Exchange failed) {
        Exception e = failed.getException() != null
                ? failed.getException() : failed.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        failures.computeIfAbsent(failed.getMessage().getHeader(INDEX, Integer.class),
                i -> Collections.synchronizedList(new ArrayList<>())).add(e);
    }

    @Test
    void everyMessageEndsOnceAndNothingIsDuplicated() throws Exception {
        // the first call opens the connection pool and tells the governor the workspace's limit
        template.requestBodyAndHeader("intercom:contact?operation=get", null, IntercomConstants.CONTACT_ID, contactIds.get(0));
        sandbox.requests().clear();
        injectFaults();

        long start = System.nanoTime();
        List<Exchange> returned = send();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        List<SandboxRequests.Recorded> requests = sandbox.requests().all();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> objects = objectsPerMarker();
        int lost = 0;
        for (Message message : plan) {
            lost += check(message, returned.get(message.index()), requests, objects, problems) ? 0 : 1;
        }
        long duplicated = objects.values().stream().filter(n -> n > 1).count();

        long deadCreatesApplied = plan.stream().filter(m -> m.operation().creates() && deadLetters.containsKey(m.index())
                                                            && objects.getOrDefault(m.marker(), 0) == 1).count();
        LOG.info("Fault matrix (seed {}):\n{}", SEED,
                FaultMatrixTable.render(plan, failures, completed.keySet(), MAX_REDELIVERIES));
        LOG.info("Fault matrix figures: messages {}, faults injected {}, requests {}, completed {}, dead letter channel {} "
                 + "(creates whose request was applied {}), lost {}, duplicated {}, took {} ms",
                MESSAGES, FaultPlan.faultCount(plan), requests.size(), completed.size(), deadLetters.size(),
                deadCreatesApplied, lost, duplicated, millis);
        assertEquals(List.of(), problems);
        assertResetAfterProcessingIsRetriedOnlyWhereHarmless();
        assertEquals(0, lost, "lost messages");
        assertEquals(0, duplicated, "objects created twice");
        assertEquals(MESSAGES, completed.size() + deadLetters.size());
        assertEquals(0, sandbox.faults().pending(), "every planned fault was met");
    }

    /**
     * The case the matrix is for: a connection lost after Intercom applied the request. A create goes to the dead
     * letters, saying the request may have arrived; a get or update is sent again and completes.
     */
    private void assertResetAfterProcessingIsRetriedOnlyWhereHarmless() {
        List<Message> hit = plan.stream().filter(m -> m.script().equals(List.of(FaultKind.RESET_AFTER))).toList();
        assertTrue(hit.stream().anyMatch(m -> m.operation().creates()) && hit.stream().anyMatch(m -> !m.operation().creates()),
                "the plan resets both kinds of operation after processing");
        for (Message message : hit) {
            if (message.operation().creates()) {
                assertTrue(deadLetters.containsKey(message.index())
                           && caught(deadLetters.get(message.index())) instanceof IntercomTransportException e
                           && e.isRequestMayHaveArrived() && !e.isRetrySafe(), message.toString());
            } else {
                assertTrue(completed.containsKey(message.index()), message.toString());
            }
        }
    }

    /** Queues each message's faults, matched to its own requests: by its contact's path, or its marker in the body. */
    private void injectFaults() {
        for (Message message : plan) {
            for (FaultKind fault : message.script()) {
                String contactPath = "/contacts/" + contactIds.get(message.index());
                switch (message.operation()) {
                    case CONVERSATION_CREATE -> sandbox.faults().nextRequests(1, "POST", "/conversations", message.marker(),
                            fault.fault());
                    case NOTE_CREATE -> sandbox.faults().nextRequests(1, "POST", contactPath + "/notes", fault.fault());
                    case CONTACT_UPDATE -> sandbox.faults().nextRequests(1, "PUT", contactPath, fault.fault());
                    case CONTACT_GET -> sandbox.faults().nextRequests(1, "GET", contactPath, fault.fault());
                    default -> throw new IllegalStateException(message.operation().toString());
                }
            }
        }
    }

    /** Sends every message of the plan from {@value #THREADS} threads; answers what each send returned. */
    private List<Exchange> send() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Exchange>> sent = new ArrayList<>();
            for (Message message : plan) {
                sent.add(threads.submit(() -> template.send("direct:" + message.operation(), e -> {
                    e.getMessage().setHeader(INDEX, message.index());
                    e.getMessage().setHeader(IntercomConstants.CONTACT_ID, contactIds.get(message.index()));
                    e.getMessage().setBody(body(message));
                })));
            }
            List<Exchange> returned = new ArrayList<>();
            for (Future<Exchange> future : sent) {
                returned.add(future.get(2, TimeUnit.MINUTES));
            }
            return returned;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Object body(Message message) {
        return switch (message.operation()) {
            case CONVERSATION_CREATE, NOTE_CREATE -> Map.of("body", message.marker());
            case CONTACT_UPDATE -> Map.of("name", message.marker());
            case CONTACT_GET -> null;
        };
    }

    /**
     * Checks one message against its plan, adding what is wrong to {@code problems}.
     *
     * @return false when the message is lost: it ended nowhere, or completed without its effect
     */
    private boolean check(Message message, Exchange returned, List<SandboxRequests.Recorded> requests,
            Map<String, Integer> objects, List<String> problems) {
        int index = message.index();
        Expected expected = message.expected(MAX_REDELIVERIES);
        String name = "message " + index + " " + message.operation() + " " + message.script();
        Exchange done = completed.get(index);
        Exchange dead = deadLetters.get(index);
        if (returned.getException() != null || done == null && dead == null || done != null && dead != null) {
            problems.add(name + ": completed " + (done != null) + ", dead letter " + (dead != null) + ", escaped "
                         + returned.getException());
            return false;
        }
        if (expected.completed() != (done != null)) {
            problems.add(name + ": expected " + expected + " but " + (done != null ? "completed" : "dead lettered with "
                                                                                                 + caught(dead)));
        }
        long attempts = requests.stream().filter(r -> isFor(message, r)).count();
        if (attempts != expected.attempts()) {
            problems.add(name + ": " + attempts + " requests, expected " + expected.attempts());
        }
        List<Exception> seen = failures.getOrDefault(index, List.of());
        for (int attempt = 0; attempt < seen.size(); attempt++) {
            FaultKind fault = attempt < message.script().size() ? message.script().get(attempt) : null;
            if (fault == null || !matches(fault, message.operation(), seen.get(attempt))) {
                problems.add(name + ": attempt " + (attempt + 1) + " failed with " + seen.get(attempt));
            }
        }
        if (dead != null && (seen.isEmpty() || caught(dead) != seen.get(seen.size() - 1))) {
            problems.add(name + ": the dead letter carries " + caught(dead) + ", not the last failure");
        }
        return checkEffect(message, expected, done, objects, problems);
    }

    /** Whether the completed message did what it should; creates must have left exactly the objects expected. */
    private boolean checkEffect(Message message, Expected expected, Exchange done, Map<String, Integer> objects,
            List<String> problems) {
        String name = "message " + message.index() + " " + message.operation() + " " + message.script();
        String contactId = contactIds.get(message.index());
        boolean effect = switch (message.operation()) {
            case CONVERSATION_CREATE, NOTE_CREATE -> {
                int found = objects.getOrDefault(message.marker(), 0);
                if (found != expected.objects()) {
                    problems.add(name + ": " + found + " objects in the workspace, expected " + expected.objects());
                }
                yield done == null || found == 1 && done.getMessage().getBody(IntercomObject.class) != null
                                      && done.getMessage().getBody(IntercomObject.class).getId() != null;
            }
            case CONTACT_UPDATE -> done == null
                                   || message.marker().equals(sandbox.workspace().contact(contactId).path("name").asText());
            case CONTACT_GET -> done == null || done.getMessage().getBody() instanceof Contact contact
                                                && contactId.equals(contact.getId());
        };
        if (!effect) {
            problems.add(name + ": completed with " + done.getMessage().getBody() + " but without its effect");
        }
        return effect;
    }

    /** Whether the sandbox request was one of this message's attempts. */
    private boolean isFor(Message message, SandboxRequests.Recorded request) {
        String contactPath = "/contacts/" + contactIds.get(message.index());
        return switch (message.operation()) {
            case CONVERSATION_CREATE -> request.path().equals("/conversations") && request.body() != null
                                        && request.body().contains(message.marker());
            case NOTE_CREATE -> request.method().equals("POST") && request.path().equals(contactPath + "/notes");
            case CONTACT_UPDATE -> request.method().equals("PUT") && request.path().equals(contactPath);
            case CONTACT_GET -> request.method().equals("GET") && request.path().equals(contactPath);
        };
    }

    /** Whether the exception is the one this fault must raise, saying rightly whether a retry is safe. */
    private static boolean matches(FaultKind fault, Operation operation, Exception e) {
        boolean retrySafe = e instanceof IntercomFailure f && f.isRetrySafe();
        if (retrySafe != fault.retried(operation.retrySafe())) {
            return false;
        }
        if (fault.family() == FaultKind.Family.TRANSPORT) {
            return e instanceof IntercomTransportException t && t.isRequestMayHaveArrived();
        }
        return e instanceof IntercomApiException api && api.getStatusCode() == fault.status();
    }

    /** How many conversations and notes carry each marker. */
    private Map<String, Integer> objectsPerMarker() {
        Workspace workspace = sandbox.workspace();
        Map<String, Integer> counts = new HashMap<>();
        for (ObjectNode conversation : workspace.conversations()) {
            counts.merge(markerIn(conversation.at("/source/body").asText()), 1, Integer::sum);
        }
        for (ObjectNode note : workspace.notes()) {
            counts.merge(markerIn(note.path("body").asText()), 1, Integer::sum);
        }
        return counts;
    }

    private static String markerIn(String html) {
        return html.replace("<p>", "").replace("</p>", "");
    }

    private static Exception caught(Exchange dead) {
        return dead.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    }
}
