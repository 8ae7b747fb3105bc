/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.LongSupplier;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomEmit;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.IntercomHealthDetails;
import dev.camelintercom.component.api.IntercomJson;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.EmptyAsyncCallback;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits new (or new and updated) conversations, tickets, contacts or companies, each exactly once, oldest first.
 * <p>
 * Each poll reads the window from {@code watermark - lookback} on, skips what was already completed, and emits the
 * rest in timestamp order. The watermark moves forward only over exchanges that completed; a failed exchange holds it
 * back, so that exchange is delivered again on the next poll while those that completed are skipped by their keys.
 * The state lives in a {@link StateRepository}, so a restart, or another node taking over, resumes where it was.
 */
public class IntercomConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IntercomConsumer.class);

    private final PollSettings settings;
    private final WindowReader reader;
    private final StateRepository<String, String> stateRepository;
    // the repository may be shared: it is stopped only by the consumer that started it
    private boolean startedStateRepository;
    // guarded by this: what is out in the route, what failed since the last poll, the newest completed timestamp
    private final Map<String, Long> inFlight = new HashMap<>();
    private final Map<String, Long> failed = new HashMap<>();
    private Long newestCompleted;
    private PollState state;
    private LongSupplier clock = () -> System.currentTimeMillis() / 1000;

    public IntercomConsumer(IntercomEndpoint endpoint, Processor processor, PollSettings settings, WindowReader reader,
                            StateRepository<String, String> stateRepository) {
        super(endpoint, processor);
        this.settings = settings;
        this.reader = reader;
        this.stateRepository = stateRepository;
    }

    @Override
    protected void doStart() throws Exception {
        if (!ServiceHelper.isStarted(stateRepository)) {
            ServiceHelper.startService(stateRepository);
            startedStateRepository = true;
        }
        String stored = stateRepository.getState(settings.stateKey());
        synchronized (this) {
            state = stored != null ? PollState.fromJson(stored, IntercomJson.mapper()) : new PollState(settings.startFrom());
        }
        LOG.debug("Intercom {} consumer starts at watermark {} (state key {})", settings.target().resource(),
                state.watermark(), settings.stateKey());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (startedStateRepository) {
            ServiceHelper.stopService(stateRepository);
            startedStateRepository = false;
        }
    }

    @Override
    protected int poll() throws Exception {
        long since;
        synchronized (this) {
            since = state.windowStart(settings.lookback());
        }
        // taken before reading: an object old enough at this moment has been searchable since before the read began
        long horizon = settings.emitDelay() > 0 ? clock.getAsLong() - settings.emitDelay() : Long.MAX_VALUE;
        List<Candidate> window;
        try {
            window = reader.read(since, settings.readLimit(), this::isKnown);
        } catch (Exception e) {
            describeFailure(e);
            throw e;
        }
        // Intercom answers: ready, even while a long first batch is still in the route
        forceConsumerAsReady();
        Queue<Object> exchanges = new LinkedList<>();
        int max = settings.maxMessagesPerPoll() > 0 ? settings.maxMessagesPerPoll() : Integer.MAX_VALUE;
        synchronized (this) {
            // the watermark stayed at or below every failed object, so this poll's window has read them again
            failed.clear();
            for (Candidate candidate : window) {
                if (candidate.timestamp() > horizon || exchanges.size() >= max) {
                    break;
                }
                // asked again: an exchange of an earlier poll may have completed while the window was read
                if (!isKnown(candidate)) {
                    boolean update = settings.emit() == IntercomEmit.createdOrUpdated
                                     && (candidate.createdAt() < since || state.hasCompletedEarlierState(candidate));
                    inFlight.put(candidate.key(), candidate.timestamp());
                    exchanges.add(exchangeOf(candidate, update));
                }
            }
        }
        return processBatch(exchanges);
    }

    @Override
    public int processBatch(Queue<Object> exchanges) {
        int total = exchanges.size();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            getAsyncProcessor().process(exchange, EmptyAsyncCallback.get());
        }
        // exchanges left in the queue at shutdown were never started: they are read again on the next start
        return total;
    }

    /**
     * Puts Intercom's status, error code and {@code request_id} of a failed read into the details of the consumer's
     * health check; Camel keeps them until a poll succeeds. Those of an earlier failure go first: they would mislead.
     */
    private void describeFailure(Exception e) {
        Map<String, Object> details = getLastErrorDetails();
        if (details != null) {
            details.clear();
        }
        if (e instanceof IntercomApiException api) {
            IntercomHealthDetails.of(api).forEach(this::addLastErrorDetail);
        }
    }

    /** Completed already, or still in the route. */
    private synchronized boolean isKnown(Candidate candidate) {
        return state.isCompleted(candidate.key()) || inFlight.containsKey(candidate.key());
    }

    private Exchange exchangeOf(Candidate candidate, boolean update) {
        Exchange exchange = createExchange(true);
        exchange.getMessage().setBody(candidate.object());
        exchange.getMessage().setHeader(IntercomConstants.RESOURCE_ID, candidate.object().getId());
        exchange.getMessage().setHeader(IntercomConstants.RESOURCE_TYPE, candidate.object().getType());
        exchange.getMessage().setHeader(IntercomConstants.CREATED_AT, candidate.createdAt());
        if (candidate.updatedAt() != null) {
            exchange.getMessage().setHeader(IntercomConstants.UPDATED_AT, candidate.updatedAt());
        }
        exchange.getMessage().setHeader(IntercomConstants.CHANGE, update ? "updated" : "created");
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange done) {
                finished(candidate, true);
            }

            @Override
            public void onFailure(Exchange failed) {
                finished(candidate, false);
            }
        });
        return exchange;
    }

    /**
     * Records the outcome and moves the watermark to the newest completed timestamp, but never past an object that
     * is still in the route or failed (of this poll or an earlier one), then saves the state.
     */
    private synchronized void finished(Candidate candidate, boolean completed) {
        inFlight.remove(candidate.key());
        if (completed) {
            state.markCompleted(candidate);
            newestCompleted = newestCompleted == null ? candidate.timestamp() : Math.max(newestCompleted, candidate.timestamp());
        } else {
            failed.put(candidate.key(), candidate.timestamp());
        }
        if (newestCompleted != null) {
            long watermark = newestCompleted;
            for (long blocked : inFlight.values()) {
                watermark = Math.min(watermark, blocked);
            }
            for (long blocked : failed.values()) {
                watermark = Math.min(watermark, blocked);
            }
            state.advance(watermark, settings.lookback());
        }
        stateRepository.setState(settings.stateKey(), state.toJson(IntercomJson.mapper()));
    }

    /** The clock that {@code emitDelay} is measured on, in Unix seconds; tests share the sandbox's. */
    void setClock(LongSupplier clock) {
        this.clock = clock;
    }

    /** What a consumer polls and how, resolved once from the endpoint's configuration. */
    public record PollSettings(PollTarget target, IntercomEmit emit, long startFrom, long lookback, long emitDelay,
            int readLimit, int maxMessagesPerPoll, String stateKey) {
    }
}
