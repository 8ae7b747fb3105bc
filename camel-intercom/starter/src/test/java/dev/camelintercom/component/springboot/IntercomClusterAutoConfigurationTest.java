/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.cluster.IntercomCluster;
import dev.camelintercom.component.api.SharedRateLimitBudget;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel.intercom.cluster.*} configures the pod's member in a Spring Boot application that has
 * camel-intercom-cluster, as {@code camel.beans.intercomCluster.*} does in Camel Main.
 */
class IntercomClusterAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    IntercomClusterAutoConfiguration.class));

    @Test
    void bindsTheMemberFromItsPropertiesAndSharesItsBeansWithCamel() {
        int port = freePort();
        runner.withPropertyValues(
                "camel.intercom.cluster.cluster-name=boot-" + port,
                "camel.intercom.cluster.port=" + port,
                "camel.intercom.cluster.members=127.0.0.1:" + port,
                "camel.intercom.cluster.leader-check-millis=250",
                "camel.intercom.cluster.member-timeout-seconds=7",
                "camel.intercom.cluster.delivery-ttl-seconds=900")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    IntercomCluster cluster = context.getBean(IntercomCluster.class);
                    assertThat(cluster.getClusterName()).isEqualTo("boot-" + port);
                    assertThat(cluster.getPort()).isEqualTo(port);
                    assertThat(cluster.getMembers()).isEqualTo("127.0.0.1:" + port);
                    assertThat(cluster.getLeaderCheckMillis()).isEqualTo(250L);
                    assertThat(cluster.getMemberTimeoutSeconds()).isEqualTo(7);
                    assertThat(cluster.getDeliveryTtlSeconds()).isEqualTo(900);
                    assertThat(cluster.getBindAddress()).isEqualTo("127.0.0.1");

                    CamelContext camel = context.getBean(CamelContext.class);
                    assertThat(camel.getRegistry().findSingleByType(SharedRateLimitBudget.class))
                            .as("every Intercom endpoint finds the budget by type").isNotNull();
                    assertThat(camel.getRegistry().lookupByNameAndType("intercomState", StateRepository.class)).isNotNull();
                    assertThat(camel.getRegistry().lookupByNameAndType("intercomDeliveries", IdempotentRepository.class))
                            .isNotNull();
                    assertThat(camel.hasServices(CamelClusterService.class)).hasSize(1);
                    assertThat(cluster.isStarted()).as("the member starts with the Camel context").isTrue();
                    assertThat(cluster.memberCount()).isEqualTo(1);
                });
    }

    @Test
    void isOffWhenDisabledOrWithoutTheClusterModule() {
        runner.withPropertyValues("camel.intercom.cluster.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(IntercomCluster.class));
        runner.withClassLoader(new FilteredClassLoader(IntercomCluster.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(IntercomClusterProperties.class));
    }

    @Test
    void aMisspelledPropertyStopsStartUpNamingIt() {
        runner.withPropertyValues("camel.intercom.cluster.memebrs=127.0.0.1:5701")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("camel.intercom.cluster.memebrs"));
    }

    @Test
    void hasEveryPropertyOfTheMemberWithItsDefault() {
        IntercomCluster defaults = new IntercomCluster();
        IntercomClusterProperties properties = new IntercomClusterProperties();
        Set<String> memberProperties = writable(IntercomCluster.class);
        memberProperties.remove("camelContext");
        Set<String> bound = writable(IntercomClusterProperties.class);
        bound.remove("enabled");
        assertThat(bound).isEqualTo(memberProperties);
        BeanWrapperImpl member = new BeanWrapperImpl(defaults);
        BeanWrapperImpl configured = new BeanWrapperImpl(properties);
        for (String name : memberProperties) {
            assertThat(configured.getPropertyValue(name)).as(name).isEqualTo(member.getPropertyValue(name));
        }
    }

    @Test
    void describesEveryPropertyInTheConfigurationMetadata() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            JsonNode metadata = new ObjectMapper().readTree(in);
            Set<String> described = new TreeSet<>();
            for (JsonNode property : metadata.get("properties")) {
                String name = property.get("name").asText();
                if (name.startsWith(IntercomClusterProperties.PREFIX + ".") && property.hasNonNull("description")
                    && property.has("defaultValue")) {
                    described.add(name);
                }
            }
            Set<String> expected = writable(IntercomClusterProperties.class).stream()
                    .map(name -> IntercomClusterProperties.PREFIX + "." + kebab(name))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(described).isEqualTo(expected);
        }
    }

    private static Set<String> writable(Class<?> type) {
        return Arrays.stream(BeanUtils.getPropertyDescriptors(type)).filter(p -> p.getWriteMethod() != null)
                .map(PropertyDescriptor::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String kebab(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
