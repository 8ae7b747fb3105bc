/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import java.util.List;

import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@code camel.component.intercom.*} name that is not an option by its name and origin only. Spring Boot's
 * own report of an unbound property prints its value too, and the value of a misspelled {@code access-token} is the
 * token.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IntercomPropertyFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException> {

    private static final String PREFIX = "camel.component.intercom.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
        List<ConfigurationProperty> unbound = cause.getUnboundProperties().stream()
                .filter(property -> property.getName().toString().startsWith(PREFIX)).toList();
        if (unbound.isEmpty()) {
            return null;
        }
        StringBuilder description = new StringBuilder("Not options of the intercom component:\n");
        unbound.forEach(property -> description.append("\n    ").append(property.getName())
                .append(property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")"));
        return new FailureAnalysis(description.toString(),
                "Correct or remove these properties: the options are the camel.component.intercom.* properties of "
                + "the starter's spring-configuration-metadata.json (your IDE completes them).", cause);
    }
}
