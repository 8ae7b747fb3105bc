package dev.camelintercom.component;

import java.util.List;

import dev.camelintercom.component.api.IntercomClient;
import dev.camelintercom.component.api.IntercomJson;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Calls the Intercom REST API (version 2.16): contacts, companies, conversations, tickets, messages, notes, tags,
 * admins, teams, data events, segments, and any other API path.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "intercom", title = "Intercom", syntax = "intercom:resource",
             category = { Category.API, Category.CLOUD }, producerOnly = true, headersClass = IntercomConstants.class)
public class IntercomEndpoint extends DefaultEndpoint {

    @UriParam
    private IntercomConfiguration configuration;

    private volatile IntercomClient client;

    public IntercomEndpoint(String uri, IntercomComponent component, IntercomConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /**
     * Fails when the endpoint cannot work: no token, an unknown resource, an operation the resource does not have.
     */
    void validate() {
        if (configuration.getAccessToken() == null || configuration.getAccessToken().isBlank()) {
            throw new IllegalArgumentException("intercom: accessToken is required: set it on the component "
                                               + "(camel.component.intercom.access-token) or the endpoint");
        }
        String resource = configuration.getResource();
        if (!IntercomOperations.resources().contains(resource)) {
            throw new IllegalArgumentException("intercom: unknown resource '" + resource + "'; valid resources: "
                                               + String.join(", ", IntercomOperations.resources()));
        }
        if (isRequest()) {
            return;
        }
        String operation = configuration.getOperation();
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("intercom:" + resource + ": operation is required; valid operations: "
                                               + String.join(", ", IntercomOperations.operations(resource)));
        }
        operation(operation);
    }

    /** The variants of an operation of this endpoint's resource; fails, listing the valid ones, when there is none. */
    List<OperationDefinition> operation(String name) {
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

    IntercomClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = new IntercomClient(getComponent().httpClient(configuration), configuration.resolveBaseUri(),
                            configuration.getAccessToken(), configuration.getApiVersion(), IntercomJson.mapper());
                }
            }
        }
        return client;
    }

    @Override
    public IntercomComponent getComponent() {
        return (IntercomComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new IntercomProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("intercom endpoints are producers: use them in to(...)");
    }

    public IntercomConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's configuration.
     */
    public void setConfiguration(IntercomConfiguration configuration) {
        this.configuration = configuration;
    }
}
