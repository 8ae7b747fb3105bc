/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * {@link RouteLocationsCheck} when the application sets {@code camel.main.routes-include-pattern} (Camel's default
 * locations, {@code classpath:camel/*} and the like, are often empty on purpose).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnProperty(RouteLocationsCheck.PROPERTY)
public class RouteLocationsAutoConfiguration {

    @Bean
    public RouteLocationsCheck intercomRouteLocationsCheck(CamelContext camelContext, Environment environment) {
        return new RouteLocationsCheck(camelContext, environment.getProperty(RouteLocationsCheck.PROPERTY));
    }
}
