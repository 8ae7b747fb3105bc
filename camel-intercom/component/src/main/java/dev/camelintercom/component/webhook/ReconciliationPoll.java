/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.List;
import java.util.Optional;

import dev.camelintercom.component.IntercomEmit;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.consumer.IntercomConsumer;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.cluster.ClusterServiceHelper;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The companion poll of a webhook endpoint: the endpoint's own polling consumer, every {@code reconcileDelay}, that
 * routes each new object the webhook has not routed (its notification was dropped, or is still to come), and claims
 * it under the same key, so that an object that comes both ways is routed once.
 * <p>
 * When the Camel context has a cluster service (several pods, one Intercom app), the poll runs only on the pod that
 * leads the namespace {@code intercom-reconcile-<resource>}, as a {@code master:} route would: the other pods receive
 * notifications but do not spend the rate limit on the same polls. Without one it runs from the start, as always.
 */
final class ReconciliationPoll {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationPoll.class);

    private final IntercomEndpoint endpoint;
    private final DeliveryLedger ledger;
    private final AsyncProcessor next;
    private final Leadership leadership = new Leadership();
    private IntercomConsumer consumer;
    private boolean running;
    private CamelClusterService clusterService;
    private CamelClusterView view;

    ReconciliationPoll(IntercomEndpoint endpoint, DeliveryLedger ledger, AsyncProcessor next) {
        String name = "intercom:" + endpoint.getConfiguration().getResource() + " webhook";
        if (endpoint.getConfiguration().getEmit() != IntercomEmit.created) {
            throw new IllegalArgumentException(name + ": reconcile recovers new objects only, so emit must be created");
        }
        if (!endpoint.getConfiguration().hasAccessToken()) {
            throw new IllegalArgumentException(name + ": reconcile=true polls Intercom, so accessToken is required: set it "
                                               + "on the component (camel.component.intercom.access-token) or the endpoint");
        }
        this.endpoint = endpoint;
        this.ledger = ledger;
        this.next = next;
    }

    void start() throws Exception {
        Optional<CamelClusterService> cluster = ClusterServiceHelper.lookupService(endpoint.getCamelContext());
        synchronized (this) {
            running = true;
        }
        if (cluster.isEmpty()) {
            startPolling();
            return;
        }
        clusterService = cluster.get();
        view = clusterService.getView(namespace());
        view.addEventListener(leadership);
        // the view may have been elected before this listener was added
        leadership.leadershipChanged(view, view.getLeader().orElse(null));
        LOG.info("Intercom {} webhook reconciles on the pod that leads {} in {}", endpoint.getConfiguration().getResource(),
                namespace(), clusterService.getId());
    }

    void stop() throws Exception {
        synchronized (this) {
            running = false;
        }
        if (view != null) {
            view.removeEventListener(leadership);
            clusterService.releaseView(view);
            view = null;
        }
        stopPolling();
    }

    /** The cluster namespace whose leader polls: one per resource, the same on every pod. */
    String namespace() {
        return "intercom-reconcile-" + endpoint.getConfiguration().getResource();
    }

    private synchronized void startPolling() throws Exception {
        if (!running || consumer != null) {
            return;
        }
        consumer = (IntercomConsumer) endpoint.createConsumer(new Unrouted());
        consumer.setDelay(endpoint.getConfiguration().getReconcileDelay());
        ServiceHelper.startService(consumer);
        LOG.info("Intercom {} webhook reconciles every {} ms", endpoint.getConfiguration().getResource(),
                endpoint.getConfiguration().getReconcileDelay());
    }

    /** Stops the poll; whether it was running. */
    private synchronized boolean stopPolling() {
        if (consumer == null) {
            return false;
        }
        ServiceHelper.stopService(consumer);
        consumer = null;
        return true;
    }

    /** Polls while this pod leads the namespace. */
    private final class Leadership implements CamelClusterEventListener.Leadership {
        @Override
        public void leadershipChanged(CamelClusterView changed, CamelClusterMember leader) {
            if (changed.getLocalMember().isLeader()) {
                try {
                    startPolling();
                } catch (Exception e) {
                    LOG.warn("Intercom {} webhook could not start its reconciliation poll on taking {}: {}",
                            endpoint.getConfiguration().getResource(), namespace(), e.toString());
                }
            } else if (stopPolling()) {
                LOG.info("Intercom {} webhook stopped reconciling: this pod no longer leads {}",
                        endpoint.getConfiguration().getResource(), namespace());
            }
        }
    }

    /** Routes the polled objects that no notification brought. */
    private final class Unrouted extends AsyncProcessorSupport {

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            IntercomObject object = exchange.getMessage().getBody(IntercomObject.class);
            List<String> claimed = ledger.claim(DeliveryLedger.objectKey(object.getType(), object.getId()));
            if (claimed == null) {
                // routed by the webhook: completed for the poll, whose position moves past it
                for (Synchronization done : exchange.getExchangeExtension().handoverCompletions()) {
                    done.onComplete(exchange);
                }
                callback.done(true);
                return true;
            }
            LOG.debug("Intercom {} {} came by the reconciliation poll, not by a notification", object.getType(),
                    object.getId());
            return next.process(exchange, doneSync -> {
                ledger.settle(claimed, !exchange.isFailed());
                callback.done(doneSync);
            });
        }
    }
}
