/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The pod's Hazelcast member, and what the Intercom routes of several pods share through it. Declared once per
 * application (in Camel Main: {@code camel.beans.intercomCluster = #class:dev.camelintercom.cluster.IntercomCluster}
 * and its properties), it binds, when it is given its Camel context:
 * <ul>
 * <li>{@code intercomBudget}: the {@link HazelcastRateLimitBudget} every Intercom endpoint's governor leases its calls
 * from (found by type: nothing to configure on the endpoints);</li>
 * <li>{@code intercomState}: the {@link HazelcastStateRepository} for the consumer's {@code stateRepository};</li>
 * <li>{@code intercomDeliveries}: the {@link HazelcastDeliveryLedger} for the webhook's {@code idempotentRepository};
 * </li>
 * </ul>
 * and adds the {@link HazelcastClusterService} that {@code master:} elects its leader with. The member starts on first
 * use, once the properties are set, and stops with the context. Members find each other by TCP-IP at the addresses of
 * {@link #setMembers members} only (multicast is off), and the member listens on {@link #setBindAddress bindAddress}.
 */
public final class IntercomCluster extends ServiceSupport implements CamelContextAware {

    static final String BUDGET_MAP = "intercom-rate-limit";
    static final String STATE_MAP = "intercom-state";
    static final String DELIVERIES_MAP = "intercom-deliveries";
    static final String LEADERS_MAP = "intercom-leaders";

    private CamelContext camelContext;
    private String clusterName = "camel-intercom";
    private String bindAddress = "127.0.0.1";
    private int port = 5701;
    private String members = "127.0.0.1";
    private int heartbeatSeconds = 1;
    private int memberTimeoutSeconds = 5;
    private long leaderCheckMillis = 1000;
    private int deliveryTtlSeconds = 3600;
    private final Map<String, LongAdder> engineOperations = new ConcurrentHashMap<>();
    private volatile HazelcastInstance instance;

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    /** Binds the budget, the state and delivery repositories, and adds the cluster service and this member. */
    @Override
    public void setCamelContext(CamelContext camelContext) {
        if (this.camelContext == camelContext) {
            return;
        }
        this.camelContext = camelContext;
        camelContext.getRegistry().bind("intercomBudget", new HazelcastRateLimitBudget(this));
        camelContext.getRegistry().bind("intercomState", new HazelcastStateRepository(this));
        camelContext.getRegistry().bind("intercomDeliveries", new HazelcastDeliveryLedger(this));
        try {
            camelContext.addService(this, true, true);
            camelContext.addService(new HazelcastClusterService(this));
        } catch (Exception e) {
            throw new IllegalStateException("Could not add the Intercom cluster's services to the Camel context", e);
        }
    }

    /** The member, started on first use. */
    HazelcastInstance instance() {
        HazelcastInstance started = instance;
        if (started == null) {
            synchronized (this) {
                if (instance == null) {
                    instance = Hazelcast.newHazelcastInstance(config());
                }
                started = instance;
            }
        }
        return started;
    }

    /** Counts one request this pod sent to the engine for a role: {@code budget}, {@code state}, {@code deliveries}, {@code leader}. */
    void countOperation(String role) {
        engineOperations.computeIfAbsent(role, r -> new LongAdder()).increment();
    }

    /**
     * The requests this pod sent to the engine so far, by role: each one call to the owner of the entry's partition
     * (which may be this pod), which writes it to one backup on another member.
     */
    public Map<String, Long> engineOperations() {
        Map<String, Long> counts = new TreeMap<>();
        engineOperations.forEach((role, count) -> counts.put(role, count.sum()));
        return counts;
    }

    /** How many members the cluster has now, as this member sees it. */
    public int memberCount() {
        return instance().getCluster().getMembers().size();
    }

    Config config() {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.local.localAddress", bindAddress);
        config.setProperty("hazelcast.heartbeat.interval.seconds", Integer.toString(heartbeatSeconds));
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(memberTimeoutSeconds));
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // pods starting together join within a second; two that still formed clusters of their own merge soon after
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "10");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "10");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(bindAddress);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(memberList());
        config.addMapConfig(new MapConfig(BUDGET_MAP).setTimeToLiveSeconds(60));
        config.addMapConfig(new MapConfig(DELIVERIES_MAP).setTimeToLiveSeconds(deliveryTtlSeconds));
        return config;
    }

    private List<String> memberList() {
        return Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
    }

    long leaderCheckMillis() {
        return leaderCheckMillis;
    }

    @Override
    protected void doStart() {
        instance();
    }

    @Override
    protected void doStop() {
        HazelcastInstance started;
        synchronized (this) {
            started = instance;
            instance = null;
        }
        if (started != null) {
            started.shutdown();
        }
    }

    public String getClusterName() {
        return clusterName;
    }

    /** The name every pod of one application gives (default {@code camel-intercom}): members of another name are not joined. */
    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    /** The address this member listens on and tells the others (default {@code 127.0.0.1}: this machine only). */
    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public int getPort() {
        return port;
    }

    /** The port this member listens on (default 5701). */
    public void setPort(int port) {
        this.port = port;
    }

    public String getMembers() {
        return members;
    }

    /** The other pods' members, comma-separated {@code host:port} (a host alone means port 5701 to 5703). */
    public void setMembers(String members) {
        this.members = members;
    }

    public int getHeartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** How often members tell each other they live (default 1 second). */
    public void setHeartbeatSeconds(int heartbeatSeconds) {
        this.heartbeatSeconds = heartbeatSeconds;
    }

    public int getMemberTimeoutSeconds() {
        return memberTimeoutSeconds;
    }

    /**
     * After how long without a heartbeat a member is taken for dead (default 5 seconds): its leadership and its share
     * of the budget pass to the others then.
     */
    public void setMemberTimeoutSeconds(int memberTimeoutSeconds) {
        this.memberTimeoutSeconds = memberTimeoutSeconds;
    }

    public long getLeaderCheckMillis() {
        return leaderCheckMillis;
    }

    /** How often a pod tries to become the leader of a {@code master:} namespace, or checks it still is (default 1000). */
    public void setLeaderCheckMillis(long leaderCheckMillis) {
        this.leaderCheckMillis = leaderCheckMillis;
    }

    public int getDeliveryTtlSeconds() {
        return deliveryTtlSeconds;
    }

    /**
     * How long a webhook claim is remembered (default an hour): longer than Intercom's one retry, a minute later, and
     * than the reconciliation's {@code reconcileDelay} (15 minutes by default), short enough that the map stays small.
     */
    public void setDeliveryTtlSeconds(int deliveryTtlSeconds) {
        this.deliveryTtlSeconds = deliveryTtlSeconds;
    }
}
