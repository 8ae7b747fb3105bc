/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelintercom.component.IntercomEndpoint;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an Intercom endpoint does as a {@code WebhookCapableEndpoint}. Intercom has no API to subscribe to
 * webhooks, so registering only says, once, where to do it by hand.
 */
public final class WebhookMode {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookMode.class);

    private final IntercomEndpoint endpoint;
    private final AtomicBoolean registrationExplained = new AtomicBoolean();
    private WebhookConfiguration configuration;

    public WebhookMode(IntercomEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public Processor handler(Processor next) {
        return new IntercomWebhookProcessor(endpoint, next);
    }

    public void register() {
        if (registrationExplained.compareAndSet(false, true)) {
            String path = configuration == null ? "" : configuration.computeFullPath(false);
            LOG.info("Intercom webhooks cannot be registered by API, so none is: in the Developer Hub, Configure > "
                     + "Webhooks, set the endpoint URL (path {}) and subscribe the topics of intercom:{}",
                    path, endpoint.getConfiguration().getResource());
        }
    }

    public void unregister() {
        // nothing was registered
    }

    public void setConfiguration(WebhookConfiguration configuration) {
        this.configuration = configuration;
    }

    public List<String> methods() {
        return List.of("POST");
    }
}
