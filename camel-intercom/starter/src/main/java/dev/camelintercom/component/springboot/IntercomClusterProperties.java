/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code camel.intercom.cluster.*}: the properties of the pod's {@code IntercomCluster} (camel-intercom-cluster), with
 * its defaults ({@code IntercomClusterAutoConfigurationTest} checks that they are all there and that the defaults
 * agree). A name that is none of them stops start-up.
 */
@ConfigurationProperties(prefix = IntercomClusterProperties.PREFIX, ignoreUnknownFields = false)
public class IntercomClusterProperties {

    public static final String PREFIX = "camel.intercom.cluster";

    /**
     * Whether the application's pods share the rate-limit budget, the consumers' leadership and position, and the
     * webhook deliveries through an embedded Hazelcast member (on when camel-intercom-cluster is on the class path).
     */
    private boolean enabled = true;

    /**
     * The name every pod of one application gives: members of another name are not joined.
     */
    private String clusterName = "camel-intercom";

    /**
     * The address this member listens on and tells the others (the default keeps it on this machine).
     */
    private String bindAddress = "127.0.0.1";

    /**
     * The port this member listens on.
     */
    private int port = 5701;

    /**
     * The pods' members, comma-separated host:port (a host alone means port 5701 to 5703); a pod joins those it
     * reaches (TCP-IP join: multicast and cloud discovery are off).
     */
    private String members = "127.0.0.1";

    /**
     * How often members tell each other they live, in seconds.
     */
    private int heartbeatSeconds = 1;

    /**
     * After how many seconds without a heartbeat a member is taken for dead: its leaderships and its share of the
     * budget pass to the others then.
     */
    private int memberTimeoutSeconds = 5;

    /**
     * How often, in milliseconds, a pod tries to take the leadership of a master: namespace (and of a webhook's
     * reconciliation), or checks it still holds it.
     */
    private long leaderCheckMillis = 1000;

    /**
     * How long, in seconds, a webhook claim is remembered: longer than Intercom's retry (a minute) and the
     * reconciliation's delay (15 minutes).
     */
    private int deliveryTtlSeconds = 3600;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getClusterName() {
        return clusterName;
    }

    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public int getHeartbeatSeconds() {
        return heartbeatSeconds;
    }

    public void setHeartbeatSeconds(int heartbeatSeconds) {
        this.heartbeatSeconds = heartbeatSeconds;
    }

    public int getMemberTimeoutSeconds() {
        return memberTimeoutSeconds;
    }

    public void setMemberTimeoutSeconds(int memberTimeoutSeconds) {
        this.memberTimeoutSeconds = memberTimeoutSeconds;
    }

    public long getLeaderCheckMillis() {
        return leaderCheckMillis;
    }

    public void setLeaderCheckMillis(long leaderCheckMillis) {
        this.leaderCheckMillis = leaderCheckMillis;
    }

    public int getDeliveryTtlSeconds() {
        return deliveryTtlSeconds;
    }

    public void setDeliveryTtlSeconds(int deliveryTtlSeconds) {
        this.deliveryTtlSeconds = deliveryTtlSeconds;
    }
}
