/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.util.stream.Stream;

import dev.camelintercom.sandbox.IntercomSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What stops the application before it calls Intercom, and what it says. */
@ExtendWith(OutputCaptureExtension.class)
class StartUpFailureTest {

    private static final String TOKEN = "c2VjcmV0LXRva2VuLTkxYjQ";
    private static final String CLIENT_SECRET = "a-client-secret";

    @Test
    void aMisspelledComponentPropertyStopsStartUpWithItsNameButNotItsValue(CapturedOutput output) {
        assertThatThrownBy(() -> start("camel.component.intercom.acess-token=" + TOKEN))
                .hasStackTraceContaining("camel.component.intercom.acess-token");
        assertThat(output.getAll()).contains("Not options of the intercom component", "camel.component.intercom.acess-token")
                .doesNotContain(TOKEN);
    }

    @Test
    void aMissingTokenFailsTheFirstIntercomRouteStartWithTheComponentsMessage() {
        try (IntercomSandbox sandbox = IntercomSandbox.start()) {
            assertThatThrownBy(() -> start("camel.component.intercom.base-uri=" + sandbox.baseUri(),
                    "camel.component.intercom.client-secret=" + CLIENT_SECRET))
                    .hasStackTraceContaining("intercom: accessToken is required");
            assertThat(sandbox.requests().count()).isZero();
        }
    }

    /** The webhook route needs no token, but it cannot verify a delivery without the app's client secret. */
    @Test
    void aMissingClientSecretFailsTheWebhookRouteStartWithTheComponentsMessage(CapturedOutput output) {
        try (IntercomSandbox sandbox = IntercomSandbox.start()) {
            assertThatThrownBy(() -> start("camel.component.intercom.base-uri=" + sandbox.baseUri(),
                    "camel.component.intercom.access-token=" + TOKEN))
                    .hasStackTraceContaining("receive-conversations")
                    .hasStackTraceContaining("webhook: clientSecret is required");
            assertThat(sandbox.requests().count()).isZero();
            assertThat(output.getAll()).doesNotContain(TOKEN);
        }
    }

    /** A route file in the wrong folder: start-up stops, naming the location, instead of starting with no route. */
    @Test
    void aRouteLocationThatMatchesNothingStopsStartUpNamingIt() {
        try (IntercomSandbox sandbox = IntercomSandbox.start()) {
            assertThatThrownBy(() -> start("camel.component.intercom.base-uri=" + sandbox.baseUri(),
                    "camel.component.intercom.access-token=" + TOKEN,
                    "camel.main.routes-include-pattern=classpath:routes/*.yaml,classpath:camel/*.yaml"))
                    .hasStackTraceContaining("camel.main.routes-include-pattern: no route file at classpath:camel/*.yaml.");
            assertThat(sandbox.requests().count()).isZero();
        }
    }

    /**
     * The application in live mode, without a web server, with these properties given as command-line arguments,
     * which take precedence over application.properties as they do for main().
     */
    private static void start(String... properties) {
        String[] arguments = Stream.concat(Stream.of(properties), Stream.of(SandboxOrLive.LIVE + "=true",
                "intercom.admin-id=1", "intercom.triage-team-id=1")).map(property -> "--" + property)
                .toArray(String[]::new);
        new SpringApplicationBuilder(IntercomSpringBootApplication.class).web(WebApplicationType.NONE)
                .initializers(new SandboxOrLive()).run(arguments).close();
    }
}
