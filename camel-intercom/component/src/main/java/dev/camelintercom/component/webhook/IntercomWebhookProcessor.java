/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Intercom's webhook deliveries behind any HTTP consumer ({@code webhook:intercom:...}, {@code platform-http},
 * servlet) and hands each new notification of the endpoint's topics to the next processor, once, with the item as the
 * body. In order: a body over {@code maxBodySize} is answered 413; a missing or wrong signature 401; a body that is
 * not a notification (or has no topic) 400; {@code ping} and topics not routed 200, without reading the item; an item
 * of a routed topic that is missing or not what its type says 400; notifications routed before 200, without routing.
 * Every refusal is logged once, without the body or the secret.
 * <p>
 * With {@code acknowledge=received} the delivery is answered 200 once queued for the route (503 when the queue is
 * full, so Intercom tries again); with {@code processed}, after the route, 500 when it failed. With {@code reconcile},
 * the endpoint's polling consumer runs beside it and routes the new objects whose notification never came.
 */
public class IntercomWebhookProcessor extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(IntercomWebhookProcessor.class);
    private static final int DEFAULT_REMEMBERED = 10_000;
    private static final int QUEUE_SIZE = 1000;

    private final IntercomEndpoint endpoint;
    private final AsyncProcessor next;
    private final WebhookSignature signature;
    private final NotificationReader reader = new NotificationReader();
    private final WebhookTopics topics;
    private final DeliveryLedger ledger;
    private final WebhookAcknowledge acknowledge;
    private final int maxBodySize;
    private final ReconciliationPoll reconciliation;
    private final String resource;
    private ExecutorService queue;

    public IntercomWebhookProcessor(IntercomEndpoint endpoint, Processor next) {
        IntercomConfiguration config = endpoint.getConfiguration();
        String name = "intercom:" + config.getResource() + " webhook";
        if (config.getClientSecret() == null || config.getClientSecret().isBlank()) {
            throw new IllegalArgumentException(name + ": clientSecret is required, the client secret of the app "
                                               + "(Developer Hub > Basic information) with which Intercom signs notifications");
        }
        if (config.getMaxBodySize() < 1) {
            throw new IllegalArgumentException(name + ": maxBodySize must be at least 1, but was " + config.getMaxBodySize());
        }
        this.endpoint = endpoint;
        this.next = AsyncProcessorConverterHelper.convert(next);
        this.signature = new WebhookSignature(config.getClientSecret());
        this.topics = WebhookTopics.of(config.getTopics(), config.getResource());
        IdempotentRepository repository = config.getIdempotentRepository() != null
                ? config.getIdempotentRepository() : MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REMEMBERED);
        this.ledger = new DeliveryLedger(repository);
        this.acknowledge = config.getAcknowledge();
        this.maxBodySize = config.getMaxBodySize();
        this.reconciliation = config.isReconcile() ? new ReconciliationPoll(endpoint, ledger, this.next) : null;
        this.resource = config.getResource();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Notification notification;
        try {
            byte[] body = body(exchange.getIn());
            signature.verify(exchange.getIn().getHeader(WebhookSignature.HEADER, String.class), body);
            notification = reader.read(body);
        } catch (WebhookRefusal refusal) {
            return refuse(exchange, refusal, callback);
        }
        if (notification.isPing() || !topics.routes(notification.topic())) {
            LOG.debug("Intercom notification {} ({}) answered, not routed: not one of the topics {}", notification.id(),
                    notification.topic(), topics);
            return answer(exchange, 200, callback);
        }
        IntercomObject item;
        try {
            item = reader.item(notification);
        } catch (WebhookRefusal refusal) {
            return refuse(exchange, refusal, callback);
        }
        List<String> claimed = ledger.claim(keys(notification, item));
        if (claimed == null) {
            LOG.debug("Intercom notification {} ({}) answered, not routed: routed before", notification.id(),
                    notification.topic());
            return answer(exchange, 200, callback);
        }
        Exchange routed = exchangeOf(exchange, notification, item);
        if (acknowledge == WebhookAcknowledge.processed) {
            return next.process(routed, doneSync -> {
                ledger.settle(claimed, !routed.isFailed());
                respond(exchange, routed.isFailed() ? 500 : 200);
                callback.done(doneSync);
            });
        }
        try {
            queue.execute(() -> next.process(routed, doneSync -> ledger.settle(claimed, !routed.isFailed())));
        } catch (RejectedExecutionException e) {
            ledger.settle(claimed, false);
            LOG.warn("Intercom webhook delivery refused with 503: {} notifications wait for the route already", QUEUE_SIZE);
            return answer(exchange, 503, callback);
        }
        return answer(exchange, 200, callback);
    }

    /** The raw body, read up to the limit; 413 beyond it. */
    private byte[] body(Message in) throws WebhookRefusal {
        Long length = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (length != null && length > maxBodySize) {
            throw tooLarge();
        }
        try (InputStream stream = in.getBody(InputStream.class)) {
            if (stream == null) {
                return new byte[0];
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read = stream.read(buffer); read >= 0; read = stream.read(buffer)) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > maxBodySize) {
                    throw tooLarge();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new WebhookRefusal(400, "the body could not be read: " + e.getMessage());
        }
    }

    private WebhookRefusal tooLarge() {
        return new WebhookRefusal(413, "the body is over maxBodySize, " + maxBodySize + " bytes");
    }

    /**
     * The notification's id (none when Intercom sent none: it cannot be de-duplicated); with reconcile, also the new
     * object the poll would emit, so that it comes once.
     */
    private String[] keys(Notification notification, IntercomObject item) {
        List<String> keys = new ArrayList<>(2);
        if (notification.id() != null) {
            keys.add(DeliveryLedger.notificationKey(notification.id()));
        }
        if (reconciliation != null && item.getId() != null && resource.equals(item.getType())
            && WebhookTopics.isCreation(notification.topic())) {
            keys.add(DeliveryLedger.objectKey(item.getType(), item.getId()));
        }
        return keys.toArray(String[]::new);
    }

    private Exchange exchangeOf(Exchange delivery, Notification notification, IntercomObject item) {
        Exchange routed = endpoint.createExchange();
        routed.getExchangeExtension().setFromEndpoint(delivery.getFromEndpoint());
        routed.getExchangeExtension().setFromRouteId(delivery.getFromRouteId());
        Message message = routed.getMessage();
        message.setBody(item);
        message.setHeader(IntercomConstants.WEBHOOK_TOPIC, notification.topic());
        message.setHeader(IntercomConstants.NOTIFICATION_ID, notification.id());
        message.setHeader(IntercomConstants.APP_ID, notification.appId());
        message.setHeader(IntercomConstants.DELIVERY_ATTEMPTS, notification.deliveryAttempts());
        message.setHeader(IntercomConstants.FIRST_SENT_AT, notification.firstSentAt());
        message.setHeader(IntercomConstants.RESOURCE_ID, item.getId());
        message.setHeader(IntercomConstants.RESOURCE_TYPE, item.getType());
        return routed;
    }

    /** Logs the refusal once, without the body or the secret, and answers its status. */
    private static boolean refuse(Exchange exchange, WebhookRefusal refusal, AsyncCallback callback) {
        LOG.warn("Intercom webhook delivery refused with {}: {}", refusal.status(), refusal.getMessage());
        return answer(exchange, refusal.status(), callback);
    }

    /** Answers the delivery at once. */
    private static boolean answer(Exchange exchange, int status, AsyncCallback callback) {
        respond(exchange, status);
        callback.done(true);
        return true;
    }

    /** Sets the status of the answer, with no body, and none of the request's headers echoed back. */
    private static void respond(Exchange exchange, int status) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setBody("");
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(next, ledger.repository());
        if (acknowledge == WebhookAcknowledge.received) {
            ThreadPoolProfile profile = new ThreadPoolProfile("IntercomWebhook");
            profile.setPoolSize(1);
            profile.setMaxPoolSize(1);
            profile.setMaxQueueSize(QUEUE_SIZE);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            queue = endpoint.getCamelContext().getExecutorServiceManager().newThreadPool(this, "IntercomWebhook", profile);
        }
        if (reconciliation != null) {
            reconciliation.start();
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (reconciliation != null) {
            reconciliation.stop();
        }
        if (queue != null) {
            // what is queued is still routed: it was answered 200 and Intercom will not send it again
            endpoint.getCamelContext().getExecutorServiceManager().shutdownGraceful(queue);
            queue = null;
        }
        ServiceHelper.stopService(next, ledger.repository());
    }

    @Override
    public String toString() {
        return "IntercomWebhookProcessor[" + endpoint.getConfiguration().getResource() + ", topics " + topics + "]";
    }
}
