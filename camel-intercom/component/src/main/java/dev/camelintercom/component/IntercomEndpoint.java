/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.List;

import dev.camelintercom.component.api.IntercomClient;
import dev.camelintercom.component.api.IntercomJson;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.component.api.ResultMapper;
import dev.camelintercom.component.api.SharedRateLimitBudget;
import dev.camelintercom.component.consumer.ConsumerFactory;
import dev.camelintercom.component.consumer.IntercomConsumer;
import dev.camelintercom.component.model.Admin;
import dev.camelintercom.component.webhook.WebhookMode;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Calls the Intercom REST API (version 2.16): contacts, companies, conversations, tickets, messages, notes, tags,
 * admins, teams, data events, segments, and any other API path; and polls for new conversations, tickets, contacts
 * and companies; or receives them as Intercom's signed webhook notifications ({@code webhook:intercom:...}).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "intercom", title = "Intercom", syntax = "intercom:resource",
             category = { Category.API, Category.CLOUD }, headersClass = IntercomConstants.class)
public class IntercomEndpoint extends ScheduledPollEndpoint implements WebhookCapableEndpoint,
        EndpointServiceLocation {

    /** Polling an API with rate limits every half second, Camel's usual default, would waste the budget. */
    private static final long DEFAULT_POLL_DELAY = 30_000;
    private static final ResultMapper RESULTS = new ResultMapper(IntercomJson.mapper());

    // declared again only so the metadata shows this default (as camel-mail does); the scheduler reads the superclass's delay
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY,
              description = "Milliseconds before the next poll (30 seconds, not Camel's usual 500 ms, which would spend the rate limit on idle polls).")
    private long delay = DEFAULT_POLL_DELAY;

    @UriParam
    private IntercomConfiguration configuration;

    private volatile IntercomClient client;
    private final WebhookMode webhookMode = new WebhookMode(this);

    public IntercomEndpoint(String uri, IntercomComponent component, IntercomConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        setDelay(DEFAULT_POLL_DELAY);
    }

    /** Fails when the endpoint cannot work; see {@link EndpointValidator}. */
    void validate() {
        EndpointValidator.validate(configuration);
        String operation = configuration.getOperation();
        if (!isRequest() && operation != null && !operation.isBlank()) {
            operation(operation);
        }
    }

    /** The variants of an operation of this endpoint's resource; fails, listing the valid ones, when there is none. */
    List<OperationDefinition> operation(String name) {
        if (name == null || name.isBlank()) {
            throw new IntercomInputException(configuration.getResource(), "operation",
                    "no operation: set the endpoint option operation or the header " + IntercomConstants.OPERATION
                    + "; valid operations: " + String.join(", ", IntercomOperations.operations(configuration.getResource())));
        }
        List<OperationDefinition> variants = IntercomOperations.find(configuration.getResource(), name);
        if (variants.isEmpty()) {
            throw new IntercomInputException(configuration.getResource() + "." + name, "operation",
                    "unknown operation '" + name + "' for resource " + configuration.getResource() + "; valid operations: "
                    + String.join(", ", IntercomOperations.operations(configuration.getResource())));
        }
        return variants;
    }

    boolean isRequest() {
        return IntercomOperations.REQUEST.equals(configuration.getResource());
    }

    /** The API client of this endpoint, built on first use over the component's shared HTTP client. */
    public IntercomClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    // a budget shared with other processes, when the application binds one (camel-intercom-cluster)
                    client = IntercomClient.of(getComponent().httpClient(configuration), configuration,
                            getCamelContext().getRegistry().findSingleByType(SharedRateLimitBudget.class));
                }
            }
        }
        return client;
    }

    /**
     * The admin the token belongs to, with its workspace as {@code app}: the operation table's {@code admin} {@code me}
     * ({@code GET /me}), sent with this endpoint's token, base URI and client. The readiness check's probe.
     */
    Admin identify() throws Exception {
        OperationDefinition me = IntercomOperations.row("admin", "me");
        return (Admin) client().execute(me.request(null), RESULTS.readerOf(me)).body();
    }

    /** The API's base URI (no token: it travels in a header), for tracing and the developer console. */
    @Override
    public String getServiceUrl() {
        return configuration.resolveBaseUri();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public IntercomComponent getComponent() {
        return (IntercomComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        EndpointValidator.requireToken(configuration);
        return new IntercomProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        EndpointValidator.requireToken(configuration);
        IntercomConsumer consumer = ConsumerFactory.create(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        return webhookMode.handler(next);
    }

    @Override
    public void registerWebhook() {
        webhookMode.register();
    }

    @Override
    public void unregisterWebhook() {
        webhookMode.unregister();
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        webhookMode.setConfiguration(webhookConfiguration);
    }

    @Override
    public List<String> getWebhookMethods() {
        return webhookMode.methods();
    }

    @Override
    protected void doStop() throws Exception {
        // the component closes its HTTP clients when it stops: build the client anew on the next start
        client = null;
        super.doStop();
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    public IntercomConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(IntercomConfiguration configuration) {
        this.configuration = configuration;
    }
}
