/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.quarkus;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck.Result;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.health.HealthCheckHelper;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Camel's health checks (each route, each consumer, the component's producer checks) in Quarkus's /q/health: one
 * liveness and one readiness check, DOWN when any of Camel's is, with each of Camel's checks and its state as data.
 */
@ApplicationScoped
public class CamelHealthChecks {

    /** Camel's exposure level that reports every check; its default reports those DOWN only. */
    private static final String EVERY_CHECK = "full";

    @Inject
    CamelContext camelContext;

    @Produces
    @Liveness
    HealthCheck camelLiveness() {
        return () -> response("camel-liveness", HealthCheckHelper.invokeLiveness(camelContext, EVERY_CHECK));
    }

    @Produces
    @Readiness
    HealthCheck camelReadiness() {
        return () -> response("camel-readiness", HealthCheckHelper.invokeReadiness(camelContext, EVERY_CHECK));
    }

    private static HealthCheckResponse response(String name, Collection<Result> results) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name).up();
        for (Result result : results) {
            response.withData(result.getCheck().getId(),
                    result.getState() + result.getMessage().map(message -> ": " + message).orElse(""));
            if (result.getState() == State.DOWN) {
                response.down();
            }
        }
        return response.build();
    }
}
