/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.util.concurrent.atomic.AtomicInteger;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSendingEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * What the job's routes did, counted from the calls they sent to the {@code intercom} component (Camel's
 * {@link ExchangeSentEvent}), so that the routes themselves carry no bookkeeping: conversations tagged, assigned,
 * replied to and closed (by the triage rules or as stale), every producer call, and those that ended in a 429.
 * The import counts its rows itself ({@link #rowImported()}).
 */
public final class JobTally extends EventNotifierSupport {

    private final AtomicInteger rowsImported = new AtomicInteger();
    private final AtomicInteger tagged = new AtomicInteger();
    private final AtomicInteger assigned = new AtomicInteger();
    private final AtomicInteger replied = new AtomicInteger();
    private final AtomicInteger closedByRules = new AtomicInteger();
    private final AtomicInteger closedStale = new AtomicInteger();
    private final AtomicInteger producerCalls = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();

    @Override
    public boolean isEnabled(CamelEvent event) {
        // Camel sends the sent event only when a notifier took the sending event of the same call
        return event instanceof ExchangeSendingEvent sending && sending.getEndpoint() instanceof IntercomEndpoint
               || event instanceof ExchangeSentEvent sent && sent.getEndpoint() instanceof IntercomEndpoint;
    }

    @Override
    public void notify(CamelEvent event) {
        if (!(event instanceof ExchangeSentEvent sent)) {
            return;
        }
        Exchange exchange = sent.getExchange();
        producerCalls.incrementAndGet();
        if (exchange.getException() instanceof IntercomApiException e && e.getStatusCode() == 429) {
            rateLimited.incrementAndGet();
        }
        if (exchange.getException() != null) {
            return;
        }
        IntercomConfiguration call = ((IntercomEndpoint) sent.getEndpoint()).getConfiguration();
        if (!"conversation".equals(call.getResource())) {
            return;
        }
        switch (call.getOperation()) {
            case "attachTag" -> tagged.incrementAndGet();
            case "assign" -> assigned.incrementAndGet();
            case "reply" -> replied.incrementAndGet();
            case "close" -> (JobRoutes.CLOSE_STALE.equals(exchange.getFromRouteId()) ? closedStale : closedByRules)
                    .incrementAndGet();
            default -> {
                // searches and reads are counted as calls only
            }
        }
    }

    void rowImported() {
        rowsImported.incrementAndGet();
    }

    public int rowsImported() {
        return rowsImported.get();
    }

    public int tagged() {
        return tagged.get();
    }

    public int assigned() {
        return assigned.get();
    }

    public int replied() {
        return replied.get();
    }

    public int closedByRules() {
        return closedByRules.get();
    }

    public int closedStale() {
        return closedStale.get();
    }

    /** Every call a route sent to the component; a paged search counts once however many pages it reads. */
    public int producerCalls() {
        return producerCalls.get();
    }

    /** The calls that ended in a 429 in a route: the governor's misses. */
    public int rateLimited() {
        return rateLimited.get();
    }
}
