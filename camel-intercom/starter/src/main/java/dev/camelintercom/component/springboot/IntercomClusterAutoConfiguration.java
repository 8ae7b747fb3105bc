/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import dev.camelintercom.cluster.IntercomCluster;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The pod's {@link IntercomCluster} from {@code camel.intercom.cluster.*}, when the application has
 * camel-intercom-cluster on its class path (off with {@code camel.intercom.cluster.enabled=false}, or replaced by an
 * {@code IntercomCluster} bean of the application's own). As in Camel Main, it binds {@code intercomBudget},
 * {@code intercomState} and {@code intercomDeliveries} in Camel's registry, adds the cluster service of
 * {@code master:} (and of the webhooks' reconciliation), and its member starts and stops with the Camel context.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnClass(IntercomCluster.class)
@ConditionalOnProperty(prefix = IntercomClusterProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(IntercomClusterProperties.class)
public class IntercomClusterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(IntercomCluster.class)
    public IntercomCluster intercomCluster(CamelContext camelContext, IntercomClusterProperties properties) {
        IntercomCluster cluster = new IntercomCluster();
        BeanUtils.copyProperties(properties, cluster);
        cluster.setCamelContext(camelContext);
        return cluster;
    }
}
