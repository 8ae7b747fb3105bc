/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConflictPolicy;
import dev.camelintercom.component.IntercomRegion;
import dev.camelintercom.sandbox.IntercomSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class IntercomComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    IntercomComponentAutoConfiguration.class));

    @Test
    void bindsTheComponentOptionsByTheirRelaxedNames() {
        runner.withPropertyValues(
                "camel.component.intercom.access-token=token-from-properties",
                "camel.component.intercom.region=eu",
                "camel.component.intercom.api-version=2.15",
                "camel.component.intercom.connect-timeout=2500",
                "camel.component.intercom.max-connections=5",
                "camel.component.intercom.contact-conflict=return-existing",
                "camel.component.intercom.rate-limit-governor=false")
                .run(context -> {
                    IntercomConfiguration component = intercom(context.getBean(CamelContext.class));
                    assertThat(component.getAccessToken()).isEqualTo("token-from-properties");
                    assertThat(component.getRegion()).isEqualTo(IntercomRegion.eu);
                    assertThat(component.getApiVersion()).isEqualTo("2.15");
                    assertThat(component.getConnectTimeout()).isEqualTo(2500L);
                    assertThat(component.getMaxConnections()).isEqualTo(5);
                    assertThat(component.getContactConflict()).isEqualTo(IntercomConflictPolicy.returnExisting);
                    assertThat(component.isRateLimitGovernor()).isFalse();
                });
    }

    @Test
    void anObjectOptionTakesABeanReference() {
        MemoryStateRepository repository = new MemoryStateRepository();
        runner.withBean("intercomState", MemoryStateRepository.class, () -> repository)
                .withPropertyValues("camel.component.intercom.state-repository=#intercomState")
                .run(context -> {
                    StateRepository<String, String> bound = intercom(context.getBean(CamelContext.class))
                            .getStateRepository();
                    assertThat(bound).isSameAs(repository);
                });
    }

    @Test
    void aMisspelledOptionStopsStartUpNamingIt() {
        runner.withPropertyValues("camel.component.intercom.acces-token=x")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("camel.component.intercom.acces-token"));
    }

    @Test
    void theFailureReportNamesAMisspelledOptionWithoutItsValue() {
        runner.withPropertyValues("camel.component.intercom.acces-token=secret-value-7f3a")
                .run(context -> {
                    FailureAnalysis analysis = new IntercomPropertyFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("camel.component.intercom.acces-token")
                            .doesNotContain("secret-value-7f3a");
                    assertThat(analysis.getAction()).doesNotContain("secret-value-7f3a");
                });
    }

    @Test
    void aValueOfTheWrongTypeStopsStartUpNamingTheOption() {
        runner.withPropertyValues("camel.component.intercom.region=mars")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("camel.component.intercom.region"));
    }

    @Test
    void enabledFalseLeavesTheComponentUnconfigured() {
        runner.withPropertyValues("camel.component.intercom.enabled=false",
                "camel.component.intercom.access-token=token-from-properties")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(IntercomComponentConfiguration.class);
                    assertThat(intercom(context.getBean(CamelContext.class)).getAccessToken()).isNull();
                });
    }

    @Test
    void customizerDisabledLeavesTheComponentUnconfigured() {
        runner.withPropertyValues("camel.component.intercom.customizer.enabled=false",
                "camel.component.intercom.access-token=token-from-properties")
                .run(context -> assertThat(intercom(context.getBean(CamelContext.class)).getAccessToken()).isNull());
    }

    @Test
    void aRouteCallsTheApiWithThePropertiesAlone() {
        try (IntercomSandbox sandbox = IntercomSandbox.start()) {
            runner.withPropertyValues(
                    "camel.component.intercom.base-uri=" + sandbox.baseUri(),
                    "camel.component.intercom.access-token=" + sandbox.accessToken())
                    .run(context -> {
                        Object admins = context.getBean(CamelContext.class).createProducerTemplate()
                                .requestBody("intercom:admin?operation=list", (Object) null);
                        assertThat(admins).isNotNull();
                        assertThat(sandbox.requests().count("GET", "/admins")).isEqualTo(1);
                    });
        }
    }

    /** The options of the component as Camel creates it. */
    private static IntercomConfiguration intercom(CamelContext camelContext) {
        return camelContext.getComponent("intercom", IntercomComponent.class).getConfiguration();
    }
}
