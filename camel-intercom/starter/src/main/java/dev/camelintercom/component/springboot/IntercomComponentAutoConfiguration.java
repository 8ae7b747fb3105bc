/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import dev.camelintercom.component.IntercomComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code intercom} component from {@code camel.component.intercom.*} when Camel creates it, as Camel's
 * own starters do: off with {@code camel.component.intercom.enabled=false} (or {@code camel.component.enabled=false}),
 * and the properties left unapplied with {@code camel.component.intercom.customizer.enabled=false} (or
 * {@code camel.component.customizer.enabled=false}).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, IntercomComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.intercom"})
@Import(IntercomComponentConverter.class)
public class IntercomComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureIntercomComponent(CamelContext camelContext,
            ApplicationContext applicationContext, IntercomComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof IntercomComponent
                        && HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                                "camel.component.customizer", "camel.component.intercom.customizer");
            }
        };
    }
}
