/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.Map;

import dev.camelintercom.sandbox.SandboxFault;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxTestSupport;
import dev.camelintercom.sandbox.Workspace;
import org.apache.camel.Predicate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Why the retry recipe of {@code docs/errors.md} reads as it does. A conversation create is turned away by a 429
 * (safe to redeliver), then lost after Intercom applied it (not safe: a redelivery creates it again). Two recipes
 * that look right redeliver it anyway:
 * <ul>
 * <li>{@code onWhen(retrySafe).maximumRedeliveries(n)}: {@code onWhen} picks the policy for the first failure; a
 * later failure that matches no policy keeps the policy in force;</li>
 * <li>{@code retryWhile} asking {@code exchange.getException(IntercomFailure.class)}: Camel adds the earlier 429 to
 * the new exception as suppressed, and that lookup finds it.</li>
 * </ul>
 * Only the recipe of {@code docs/errors.md} ({@link FaultMatrixTest#redeliverWhatIsSafe}), whose {@code retryWhile}
 * asks the failure itself, sends it once more after the 429 and no more.
 */
class RetryRecipeTest extends SandboxTestSupport {

    private static final int MAX_REDELIVERIES = 5;

    private String contactId;

    @Override
    protected SandboxOptions sandboxOptions() {
        return SandboxOptions.defaults().rateLimitWindowSeconds(1);
    }

    @Override
    protected void seed(Workspace workspace) {
        contactId = workspace.createContact(Map.of("email", "recipe@example.com")).get("id").asText();
    }


    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        Predicate anySafeFailure = e -> e.getException(IntercomFailure.class) != null
                                        && e.getException(IntercomFailure.class).isRetrySafe();
        RouteBuilder lookAlikes = new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                from("direct:onWhen")
                        .onException(Exception.class).onWhen(anySafeFailure).maximumRedeliveries(MAX_REDELIVERIES)
                        .redeliveryDelay(5).end()
                        .to("intercom:conversation?operation=create");
                from("direct:retryWhileAnySafeFailure")
                        .onException(Exception.class).retryWhile(anySafeFailure).redeliveryDelay(5).end()
                        .to("intercom:conversation?operation=create");
            }
        };
        RouteBuilder documented = new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                FaultMatrixTest.redeliverWhatIsSafe(this).redeliveryDelay(5);
                from("direct:documented").to("intercom:conversation?operation=create");
            }
        };
        return new RoutesBuilder[] { lookAlikes, documented };
    }

    @ParameterizedTest(name = "{0}: sent {1} times, created {2}, dead letters {3}")
    @CsvSource({ "onWhen, 3, 2, 0", "retryWhileAnySafeFailure, 3, 2, 0", "documented, 2, 1, 1" })
    void aCreateLostAfterARateLimit(String recipe, int requests, int created, int deadLetters) {
        String marker = "lost after a 429 (" + recipe + ")";
        sandbox.faults().nextRequests(1, "POST", "/conversations", marker, SandboxFault.rateLimited())
                .nextRequests(1, "POST", "/conversations", marker, SandboxFault.connectionReset().afterProcessing());

        template.sendBodyAndHeader("direct:" + recipe, Map.of("body", marker), IntercomConstants.CONTACT_ID, contactId);

        assertEquals(requests, sandbox.requests().count("POST", "/conversations"));
        assertEquals(created, sandbox.workspace().conversations().stream()
                .filter(c -> c.at("/source/body").asText().contains(marker)).count());
        assertEquals(deadLetters, getMockEndpoint("mock:dead").getReceivedCounter());
        assertEquals(0, sandbox.faults().pending());
    }
}
