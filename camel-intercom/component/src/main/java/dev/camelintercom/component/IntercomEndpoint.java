package dev.camelintercom.component;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import dev.camelintercom.component.api.IntercomClient;
import dev.camelintercom.component.api.IntercomJson;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.component.api.PreparedCall;
import dev.camelintercom.component.api.RateLimitGovernor;
import dev.camelintercom.component.api.RateLimitGovernors;
import dev.camelintercom.component.api.RequestFactory;
import dev.camelintercom.component.api.ResultMapper;
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
public class IntercomEndpoint extends ScheduledPollEndpoint implements WebhookCapableEndpoint {

    /** Polling an API with rate limits every half second, Camel's usual default, would waste the budget. */
    private static final long DEFAULT_POLL_DELAY = 30_000;
    private static final RequestFactory REQUESTS = new RequestFactory(IntercomJson.mapper());
    private static final ResultMapper RESULTS = new ResultMapper(IntercomJson.mapper());

    // declared again only to document the default: Camel's scheduled-poll consumer reads the superclass's delay
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
        requireSecureTransport();
        if (isRequest()) {
            return;
        }
        String operation = configuration.getOperation();
        if (operation != null && !operation.isBlank()) {
            operation(operation);
        }
    }

    /** The token must not cross a network in clear text: plain http only to loopback, or when explicitly allowed. */
    private void requireSecureTransport() {
        URI uri;
        try {
            uri = URI.create(configuration.resolveBaseUri());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("intercom: baseUri is not a valid URI: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("intercom: baseUri must be an absolute https URI, but was " + uri);
        }
        if (scheme.equals("http") && !configuration.isAllowInsecureHttp() && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("intercom: baseUri " + uri + " is plain http to a host that is not loopback; "
                                               + "use https, or set allowInsecureHttp=true");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
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
                    String baseUri = configuration.resolveBaseUri();
                    RateLimitGovernor governor = configuration.isRateLimitGovernor()
                            ? RateLimitGovernors.forToken(baseUri, configuration.getAccessToken(),
                                    configuration.getRateLimitReserve(), configuration.getMaxRequestsPerWindow())
                            : null;
                    client = new IntercomClient(getComponent().httpClient(configuration), baseUri,
                            configuration.getAccessToken(), configuration.getApiVersion(), IntercomJson.mapper(), governor);
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
        PreparedCall call = REQUESTS.prepare(IntercomOperations.find("admin", "me"), createExchange(), configuration);
        return (Admin) RESULTS.toObject(call.operation(), client().execute(call.request()).body());
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
    public Consumer createConsumer(Processor processor) throws Exception {
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

    /**
     * Milliseconds before the next poll.
     */
    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
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
