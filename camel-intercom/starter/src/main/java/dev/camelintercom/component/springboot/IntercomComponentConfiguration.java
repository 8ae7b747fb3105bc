/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the intercom component, bound from {@code camel.component.intercom.*}. A name that is not an
 * option stops start-up. Written by the build (StarterConfigurationGenerator) from the component's
 * intercom.json: do not edit, run the build with -Dcatalogue.write=true.
 */
@ConfigurationProperties(prefix = "camel.component.intercom", ignoreUnknownFields = false)
public class IntercomComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the intercom component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * The API version, sent as the Intercom-Version header.
     */
    private String apiVersion = "2.16";
    /**
     * The default configuration of the component's endpoints.
     */
    private dev.camelintercom.component.IntercomConfiguration configuration;
    /**
     * The page size of list and search operations and of the consumer's searches, unless the CamelIntercomPerPage
     * header gives one.
     */
    private Integer perPage;
    /**
     * The region of the Intercom workspace (us, eu or au), unless baseUri is set.
     */
    private dev.camelintercom.component.IntercomRegion region = dev.camelintercom.component.IntercomRegion.us;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will use
     * the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level
     * and ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * What the consumer emits: created (each new object once) or createdOrUpdated (also every later update).
     */
    private dev.camelintercom.component.IntercomEmit emit = dev.camelintercom.component.IntercomEmit.created;
    /**
     * Emit only objects at least this many seconds old.
     */
    private Long emitDelay = 0L;
    /**
     * Emit only conversations or tickets in this state, e.g. open.
     */
    private String filterState;
    /**
     * Emit only conversations or contacts with this tag.
     */
    private String filterTagId;
    /**
     * Emit only conversations or tickets assigned to this team.
     */
    private String filterTeamId;
    /**
     * How many seconds each poll reads back behind the newest object it emitted, to catch objects that became
     * searchable late (by default 900 for contacts, 60 for conversations and tickets, 0 for companies).
     */
    private Integer lookback;
    /**
     * The most objects one poll emits, or 0 for up to 1000.
     */
    private Integer maxMessagesPerPoll = 0;
    /**
     * A search query in Intercom's grammar (JSON) that the conversations, tickets or contacts emitted must also
     * match.
     */
    private String query;
    /**
     * Where the consumer starts when it has no stored state: now, beginning, Unix seconds, or an ISO-8601 instant
     * such as 2026-01-01T00:00:00Z.
     */
    private String startFrom = "now";
    /**
     * The key of this consumer's position in the state repository, by default derived from the resource, what is
     * emitted and the filters.
     */
    private String stateKey;
    /**
     * Where the consumer keeps its position, in memory unless set.
     */
    private org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository;
    /**
     * The Accept header of a request call, e.g. text/csv or application/octet-stream for a download, unless the
     * CamelIntercomAccept header names one.
     */
    private String accept = "application/json";
    /**
     * The admin who acts (the author of replies, notes, closes and assignments, and the subject of admin
     * operations), unless the CamelIntercomAdminId header names one.
     */
    private String adminId;
    /**
     * The company to work on (its Intercom id), unless the CamelIntercomCompanyId header names one.
     */
    private String companyId;
    /**
     * What contact create does when the contact already exists (409): fail, returnExisting, or update it with the
     * fields given.
     */
    private dev.camelintercom.component.IntercomConflictPolicy contactConflict = dev.camelintercom.component.IntercomConflictPolicy.fail;
    /**
     * The contact to work on, unless the CamelIntercomContactId header names one.
     */
    private String contactId;
    /**
     * The conversation to work on, unless the CamelIntercomConversationId header names one.
     */
    private String conversationId;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * With paginate, the most results to return; 0 for no limit.
     */
    private Integer maxResults = 0;
    /**
     * The HTTP method of a request call, unless the CamelIntercomHttpMethod header names one.
     */
    private String method;
    /**
     * The operation to perform on the resource, e.g. create or close, unless the CamelIntercomOperation header names
     * one.
     */
    private String operation;
    /**
     * Whether list and search operations return a lazy iterator over every result, fetching page by page, instead of
     * one page.
     */
    private Boolean paginate = false;
    /**
     * The API path of a request call, e.g. /subscription_types, with {name} placeholders filled from the id headers
     * and options, unless the CamelIntercomPath header names one.
     */
    private String path;
    /**
     * What the answer of a request call becomes, unless the CamelIntercomResponseType header names it: json (a
     * JsonNode), bytes (a byte array), or stream (an InputStream off the connection, not buffered, that the route
     * must read and close).
     */
    private dev.camelintercom.component.IntercomResponseType responseType = dev.camelintercom.component.IntercomResponseType.json;
    /**
     * The tag to work with, unless the CamelIntercomTagId header names one.
     */
    private String tagId;
    /**
     * The team to read, unless the CamelIntercomTeamId header names one.
     */
    private String teamId;
    /**
     * The ticket to work on, unless the CamelIntercomTicketId header names one.
     */
    private String ticketId;
    /**
     * The ticket type to read or use, unless the CamelIntercomTicketTypeId header names one.
     */
    private String ticketTypeId;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * The base URI of the API, replacing the regional host: for a proxy or a test server.
     */
    private String baseUri;
    /**
     * How long to wait for a connection, in milliseconds.
     */
    private Long connectTimeout = 10000L;
    /**
     * A hook that customises the Apache HttpClient 5 builder after the component has set its timeouts, pool, proxy
     * and TLS.
     */
    private org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer;
    /**
     * The most connections the pooled HTTP client keeps open to the API.
     */
    private Integer maxConnections = 20;
    /**
     * The most calls to send per 10-second window on top of Intercom's own limit, or 0 for no cap of the component's
     * own.
     */
    private Integer maxRequestsPerWindow = 0;
    /**
     * Whether calls wait for the rate-limit window to reset when the budget of the token is spent, instead of
     * running into 429.
     */
    private Boolean rateLimitGovernor = true;
    /**
     * Calls of the rate-limit window to leave unused, for other apps of the workspace.
     */
    private Integer rateLimitReserve = 0;
    /**
     * How long to wait for a response once the request is sent, in milliseconds.
     */
    private Long responseTimeout = 60000L;
    /**
     * How long the producers' readiness check remembers Intercom's answer to GET /me before it asks again, in
     * milliseconds (0 asks on every check).
     */
    private Long healthCheckCacheTime = 60000L;
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * The host of an HTTP proxy to reach the API through.
     */
    private String proxyHost;
    /**
     * The password for the HTTP proxy.
     */
    private String proxyPassword;
    /**
     * The port of the HTTP proxy.
     */
    private Integer proxyPort;
    /**
     * The user name for the HTTP proxy, if it needs one.
     */
    private String proxyUsername;
    /**
     * The access token of the Intercom app, or an OAuth token, sent as a bearer token and best set on the component.
     */
    private String accessToken;
    /**
     * Whether a baseUri with plain http is accepted for a host other than the loopback interface.
     */
    private Boolean allowInsecureHttp = false;
    /**
     * The client secret of the Intercom app (Developer Hub, Basic information), with which Intercom signs every
     * webhook notification; required in webhook mode.
     */
    private String clientSecret;
    /**
     * TLS settings (trust store, key store, protocols) for the connection.
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;
    /**
     * When a notification is answered: received, as soon as it is verified and queued for the route (Intercom's 5
     * seconds are never at risk), or processed, after the route processed it, so that a failure answers 500 and
     * Intercom delivers it once more a minute later.
     */
    private dev.camelintercom.component.webhook.WebhookAcknowledge acknowledge = dev.camelintercom.component.webhook.WebhookAcknowledge.received;
    /**
     * The largest notification body accepted, in bytes; a larger one is answered 413.
     */
    private Integer maxBodySize = 1048576;
    /**
     * Whether a companion poll (this component's polling consumer) also emits objects created since start whose
     * notification never came; an object that came both ways is routed once.
     */
    private Boolean reconcile = false;
    /**
     * Milliseconds between the polls of reconcile (15 minutes).
     */
    private Long reconcileDelay = 900000L;
    /**
     * The notification topics to route, comma separated, each an exact topic (such as conversation.user.created), a
     * wildcard pattern or a regular expression; by default every topic of the endpoint's resource.
     */
    private String topics;
    /**
     * Where notification ids (and, with reconcile, created objects) are remembered so that each is routed once; by
     * default in memory (the last 10,000), a persistent or shared one de-duplicates across restarts and a cluster.
     */
    private org.apache.camel.spi.IdempotentRepository idempotentRepository;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public dev.camelintercom.component.IntercomConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(dev.camelintercom.component.IntercomConfiguration configuration) {
        this.configuration = configuration;
    }

    public Integer getPerPage() {
        return perPage;
    }

    public void setPerPage(Integer perPage) {
        this.perPage = perPage;
    }

    public dev.camelintercom.component.IntercomRegion getRegion() {
        return region;
    }

    public void setRegion(dev.camelintercom.component.IntercomRegion region) {
        this.region = region;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public dev.camelintercom.component.IntercomEmit getEmit() {
        return emit;
    }

    public void setEmit(dev.camelintercom.component.IntercomEmit emit) {
        this.emit = emit;
    }

    public Long getEmitDelay() {
        return emitDelay;
    }

    public void setEmitDelay(Long emitDelay) {
        this.emitDelay = emitDelay;
    }

    public String getFilterState() {
        return filterState;
    }

    public void setFilterState(String filterState) {
        this.filterState = filterState;
    }

    public String getFilterTagId() {
        return filterTagId;
    }

    public void setFilterTagId(String filterTagId) {
        this.filterTagId = filterTagId;
    }

    public String getFilterTeamId() {
        return filterTeamId;
    }

    public void setFilterTeamId(String filterTeamId) {
        this.filterTeamId = filterTeamId;
    }

    public Integer getLookback() {
        return lookback;
    }

    public void setLookback(Integer lookback) {
        this.lookback = lookback;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getAccept() {
        return accept;
    }

    public void setAccept(String accept) {
        this.accept = accept;
    }

    public String getAdminId() {
        return adminId;
    }

    public void setAdminId(String adminId) {
        this.adminId = adminId;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public dev.camelintercom.component.IntercomConflictPolicy getContactConflict() {
        return contactConflict;
    }

    public void setContactConflict(dev.camelintercom.component.IntercomConflictPolicy contactConflict) {
        this.contactConflict = contactConflict;
    }

    public String getContactId() {
        return contactId;
    }

    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(Integer maxResults) {
        this.maxResults = maxResults;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public Boolean getPaginate() {
        return paginate;
    }

    public void setPaginate(Boolean paginate) {
        this.paginate = paginate;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public dev.camelintercom.component.IntercomResponseType getResponseType() {
        return responseType;
    }

    public void setResponseType(dev.camelintercom.component.IntercomResponseType responseType) {
        this.responseType = responseType;
    }

    public String getTagId() {
        return tagId;
    }

    public void setTagId(String tagId) {
        this.tagId = tagId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getTicketId() {
        return ticketId;
    }

    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    public String getTicketTypeId() {
        return ticketTypeId;
    }

    public void setTicketTypeId(String ticketTypeId) {
        this.ticketTypeId = ticketTypeId;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public org.apache.camel.component.http.HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxRequestsPerWindow() {
        return maxRequestsPerWindow;
    }

    public void setMaxRequestsPerWindow(Integer maxRequestsPerWindow) {
        this.maxRequestsPerWindow = maxRequestsPerWindow;
    }

    public Boolean getRateLimitGovernor() {
        return rateLimitGovernor;
    }

    public void setRateLimitGovernor(Boolean rateLimitGovernor) {
        this.rateLimitGovernor = rateLimitGovernor;
    }

    public Integer getRateLimitReserve() {
        return rateLimitReserve;
    }

    public void setRateLimitReserve(Integer rateLimitReserve) {
        this.rateLimitReserve = rateLimitReserve;
    }

    public Long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Long getHealthCheckCacheTime() {
        return healthCheckCacheTime;
    }

    public void setHealthCheckCacheTime(Long healthCheckCacheTime) {
        this.healthCheckCacheTime = healthCheckCacheTime;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public dev.camelintercom.component.webhook.WebhookAcknowledge getAcknowledge() {
        return acknowledge;
    }

    public void setAcknowledge(dev.camelintercom.component.webhook.WebhookAcknowledge acknowledge) {
        this.acknowledge = acknowledge;
    }

    public Integer getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(Integer maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public Boolean getReconcile() {
        return reconcile;
    }

    public void setReconcile(Boolean reconcile) {
        this.reconcile = reconcile;
    }

    public Long getReconcileDelay() {
        return reconcileDelay;
    }

    public void setReconcileDelay(Long reconcileDelay) {
        this.reconcileDelay = reconcileDelay;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public org.apache.camel.spi.IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
