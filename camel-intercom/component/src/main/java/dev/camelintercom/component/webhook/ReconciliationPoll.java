/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.List;

import dev.camelintercom.component.IntercomEmit;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.consumer.IntercomConsumer;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The companion poll of a webhook endpoint: the endpoint's own polling consumer, every {@code reconcileDelay}, that
 * routes each new object the webhook has not routed (its notification was dropped, or is still to come), and claims
 * it under the same key, so that an object that comes both ways is routed once.
 */
final class ReconciliationPoll {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationPoll.class);

    private final IntercomEndpoint endpoint;
    private final DeliveryLedger ledger;
    private final AsyncProcessor next;
    private IntercomConsumer consumer;

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
        consumer = (IntercomConsumer) endpoint.createConsumer(new Unrouted());
        consumer.setDelay(endpoint.getConfiguration().getReconcileDelay());
        ServiceHelper.startService(consumer);
        LOG.info("Intercom {} webhook reconciles every {} ms", endpoint.getConfiguration().getResource(),
                endpoint.getConfiguration().getReconcileDelay());
    }

    void stop() {
        ServiceHelper.stopService(consumer);
        consumer = null;
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
