/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.component.api.OperationNames;
import dev.camelintercom.component.webhook.WebhookAcknowledge;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of the Intercom component and its endpoints. The component holds one instance with the defaults; each
 * endpoint gets a {@link #copy()} that its URI options may override.
 */
@UriParams
public class IntercomConfiguration implements Cloneable {

    @UriPath(enums = OperationNames.RESOURCES,
             description = "The Intercom resource to work with, or `request` to call any API path.")
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "producer", enums = OperationNames.OPERATIONS,
              description = "The operation to perform on the resource, e.g. `create` or `close`, unless the `CamelIntercomOperation` header names one.")
    private String operation;

    @UriParam(label = "security", secret = true,
              description = "The access token of the Intercom app, or an OAuth token, sent as a bearer token and best set on the component.")
    // required, but set on the component, never in a URI: the metadata does not mark it required, or tooling would
    // reject every endpoint URI; an endpoint without a token fails when it is created
    private String accessToken;

    @UriParam(label = "common", defaultValue = "us",
              description = "The region of the Intercom workspace (`us`, `eu` or `au`), unless `baseUri` is set.")
    private IntercomRegion region = IntercomRegion.us;

    @UriParam(label = "advanced",
              description = "The base URI of the API, replacing the regional host: for a proxy or a test server.")
    private String baseUri;

    @UriParam(label = "common", defaultValue = "2.16", description = "The API version, sent as the `Intercom-Version` header.")
    private String apiVersion = "2.16";

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection, in milliseconds.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long to wait for a response once the request is sent, in milliseconds.")
    private long responseTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "20",
              description = "The most connections the pooled HTTP client keeps open to the API.")
    private int maxConnections = 20;

    @UriParam(label = "advanced", defaultValue = "true",
              description = "Whether calls wait for the rate-limit window to reset when the budget of the token is spent, instead of running into 429.")
    private boolean rateLimitGovernor = true;

    @UriParam(label = "advanced", defaultValue = "0",
              description = "Calls of the rate-limit window to leave unused, for other apps of the workspace.")
    private int rateLimitReserve;

    @UriParam(label = "advanced", defaultValue = "0",
              description = "The most calls to send per 10-second window on top of Intercom's own limit, or 0 for no cap of the component's own.")
    private int maxRequestsPerWindow;

    @UriParam(label = "security", defaultValue = "false",
              description = "Whether a `baseUri` with plain `http` is accepted for a host other than the loopback interface.")
    private boolean allowInsecureHttp;

    @UriParam(label = "proxy", description = "The host of an HTTP proxy to reach the API through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;

    @UriParam(label = "proxy", description = "The user name for the HTTP proxy, if it needs one.")
    private String proxyUsername;

    @UriParam(label = "proxy", secret = true, description = "The password for the HTTP proxy.")
    private String proxyPassword;

    @UriParam(label = "security", description = "TLS settings (trust store, key store, protocols) for the connection.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced",
              description = "A hook that customises the Apache HttpClient 5 builder after the component has set its timeouts, pool, proxy and TLS.")
    private HttpClientConfigurer httpClientConfigurer;

    @UriParam(label = "producer",
              description = "The admin who acts (the author of replies, notes, closes and assignments, and the subject of `admin` operations), unless the `CamelIntercomAdminId` header names one.")
    private String adminId;

    @UriParam(label = "producer", defaultValue = "fail",
              description = "What `contact` `create` does when the contact already exists (409): `fail`, `returnExisting`, or `update` it with the fields given.")
    private IntercomConflictPolicy contactConflict = IntercomConflictPolicy.fail;

    @UriParam(label = "producer", description = "The contact to work on, unless the `CamelIntercomContactId` header names one.")
    private String contactId;

    @UriParam(label = "producer",
              description = "The company to work on (its Intercom id), unless the `CamelIntercomCompanyId` header names one.")
    private String companyId;

    @UriParam(label = "producer",
              description = "The conversation to work on, unless the `CamelIntercomConversationId` header names one.")
    private String conversationId;

    @UriParam(label = "producer", description = "The ticket to work on, unless the `CamelIntercomTicketId` header names one.")
    private String ticketId;

    @UriParam(label = "producer", description = "The tag to work with, unless the `CamelIntercomTagId` header names one.")
    private String tagId;

    @UriParam(label = "producer", description = "The team to read, unless the `CamelIntercomTeamId` header names one.")
    private String teamId;

    @UriParam(label = "producer", description = "The ticket type to read or use, unless the `CamelIntercomTicketTypeId` header names one.")
    private String ticketTypeId;

    @UriParam(label = "common",
              description = "The page size of list and search operations and of the consumer's searches, unless the `CamelIntercomPerPage` header gives one.")
    private Integer perPage;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether list and search operations return a lazy iterator over every result, fetching page by page, instead of one page.")
    private boolean paginate;

    @UriParam(label = "producer", defaultValue = "0",
              description = "With `paginate`, the most results to return; 0 for no limit.")
    private int maxResults;

    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of a `request` call, unless the `CamelIntercomHttpMethod` header names one.")
    private String method;

    @UriParam(label = "producer",
              description = "The API path of a `request` call, e.g. `/subscription_types`, with `{name}` placeholders filled from the id headers and options, unless the `CamelIntercomPath` header names one.")
    private String path;

    @UriParam(label = "producer", defaultValue = "application/json",
              description = "The `Accept` header of a `request` call, e.g. `text/csv` or `application/octet-stream` for a download, unless the `CamelIntercomAccept` header names one.")
    private String accept = "application/json";

    @UriParam(label = "producer", defaultValue = "json",
              description = "What the answer of a `request` call becomes, unless the `CamelIntercomResponseType` header names it: `json` (a `JsonNode`), `bytes` (a byte array), or `stream` (an `InputStream` off the connection, not buffered, that the route must read and close).")
    private IntercomResponseType responseType = IntercomResponseType.json;

    @UriParam(label = "consumer", defaultValue = "created",
              description = "What the consumer emits: `created` (each new object once) or `createdOrUpdated` (also every later update).")
    private IntercomEmit emit = IntercomEmit.created;

    @UriParam(label = "consumer", defaultValue = "now",
              description = "Where the consumer starts when it has no stored state: `now`, `beginning`, Unix seconds, or an ISO-8601 instant such as `2026-01-01T00:00:00Z`.")
    private String startFrom = "now";

    @UriParam(label = "consumer",
              description = "How many seconds each poll reads back behind the newest object it emitted, to catch objects that became searchable late (by default 900 for contacts, 60 for conversations and tickets, 0 for companies).")
    private Integer lookback;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "Emit only objects at least this many seconds old.")
    private long emitDelay;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "The most objects one poll emits, or 0 for up to 1000.")
    private int maxMessagesPerPoll;

    @UriParam(label = "consumer",
              description = "A search query in Intercom's grammar (JSON) that the conversations, tickets or contacts emitted must also match.")
    private String query;

    @UriParam(label = "consumer", description = "Emit only conversations or tickets in this state, e.g. `open`.")
    private String filterState;

    @UriParam(label = "consumer", description = "Emit only conversations or tickets assigned to this team.")
    private String filterTeamId;

    @UriParam(label = "consumer", description = "Emit only conversations or contacts with this tag.")
    private String filterTagId;

    @UriParam(label = "consumer,advanced",
              description = "Where the consumer keeps its position, in memory unless set.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced",
              description = "The key of this consumer's position in the state repository, by default derived from the resource, what is emitted and the filters.")
    private String stateKey;

    @UriParam(label = "consumer,webhook,security", secret = true,
              description = "The client secret of the Intercom app (Developer Hub, Basic information), with which Intercom signs every webhook notification; required in webhook mode.")
    private String clientSecret;

    @UriParam(label = "consumer,webhook",
              description = "The notification topics to route, comma separated, each an exact topic (such as conversation.user.created), a wildcard pattern or a regular expression; by default every topic of the endpoint's resource.")
    private String topics;

    @UriParam(label = "consumer,webhook", defaultValue = "received",
              description = "When a notification is answered: `received`, as soon as it is verified and queued for the route (Intercom's 5 seconds are never at risk), or `processed`, after the route processed it, so that a failure answers 500 and Intercom delivers it once more a minute later.")
    private WebhookAcknowledge acknowledge = WebhookAcknowledge.received;

    @UriParam(label = "consumer,webhook", defaultValue = "1048576",
              description = "The largest notification body accepted, in bytes; a larger one is answered 413.")
    private int maxBodySize = 1_048_576;

    @UriParam(label = "consumer,webhook,advanced",
              description = "Where notification ids (and, with reconcile, created objects) are remembered so that each is routed once; by default in memory (the last 10,000), a persistent or shared one de-duplicates across restarts and a cluster.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer,webhook", defaultValue = "false",
              description = "Whether a companion poll (this component's polling consumer) also emits objects created since start whose notification never came; an object that came both ways is routed once.")
    private boolean reconcile;

    @UriParam(label = "consumer,webhook", defaultValue = "900000", javaType = "java.time.Duration",
              description = "Milliseconds between the polls of `reconcile` (15 minutes).")
    private long reconcileDelay = 900_000;

    public IntercomConfiguration copy() {
        try {
            return (IntercomConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The base URI in force: {@link #getBaseUri()} when set, else the region's host. */
    public String resolveBaseUri() {
        String uri = baseUri != null && !baseUri.isBlank() ? baseUri : region.getBaseUri();
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    public IntercomEmit getEmit() {
        return emit;
    }

    public void setEmit(IntercomEmit emit) {
        this.emit = emit;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public Integer getLookback() {
        return lookback;
    }

    public void setLookback(Integer lookback) {
        this.lookback = lookback;
    }

    public long getEmitDelay() {
        return emitDelay;
    }

    public void setEmitDelay(long emitDelay) {
        this.emitDelay = emitDelay;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getFilterState() {
        return filterState;
    }

    public void setFilterState(String filterState) {
        this.filterState = filterState;
    }

    public String getFilterTeamId() {
        return filterTeamId;
    }

    public void setFilterTeamId(String filterTeamId) {
        this.filterTeamId = filterTeamId;
    }

    public String getFilterTagId() {
        return filterTagId;
    }

    public void setFilterTagId(String filterTagId) {
        this.filterTagId = filterTagId;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    /** Whether a token is set: every endpoint that calls Intercom needs one, a webhook-only endpoint does not. */
    public boolean hasAccessToken() {
        return accessToken != null && !accessToken.isBlank();
    }

    public IntercomRegion getRegion() {
        return region;
    }

    public void setRegion(IntercomRegion region) {
        this.region = region;
    }

    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public boolean isRateLimitGovernor() {
        return rateLimitGovernor;
    }

    public void setRateLimitGovernor(boolean rateLimitGovernor) {
        this.rateLimitGovernor = rateLimitGovernor;
    }

    public int getRateLimitReserve() {
        return rateLimitReserve;
    }

    public void setRateLimitReserve(int rateLimitReserve) {
        this.rateLimitReserve = rateLimitReserve;
    }

    public int getMaxRequestsPerWindow() {
        return maxRequestsPerWindow;
    }

    public void setMaxRequestsPerWindow(int maxRequestsPerWindow) {
        this.maxRequestsPerWindow = maxRequestsPerWindow;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
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

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public String getAdminId() {
        return adminId;
    }

    public void setAdminId(String adminId) {
        this.adminId = adminId;
    }

    public IntercomConflictPolicy getContactConflict() {
        return contactConflict;
    }

    public void setContactConflict(IntercomConflictPolicy contactConflict) {
        this.contactConflict = contactConflict;
    }

    public String getContactId() {
        return contactId;
    }

    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getTicketId() {
        return ticketId;
    }

    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
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

    public String getTicketTypeId() {
        return ticketTypeId;
    }

    public void setTicketTypeId(String ticketTypeId) {
        this.ticketTypeId = ticketTypeId;
    }

    public Integer getPerPage() {
        return perPage;
    }

    public void setPerPage(Integer perPage) {
        this.perPage = perPage;
    }

    public boolean isPaginate() {
        return paginate;
    }

    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }

    public int getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getAccept() {
        return accept;
    }

    public void setAccept(String accept) {
        this.accept = accept;
    }

    public IntercomResponseType getResponseType() {
        return responseType;
    }

    public void setResponseType(IntercomResponseType responseType) {
        this.responseType = responseType;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public WebhookAcknowledge getAcknowledge() {
        return acknowledge;
    }

    public void setAcknowledge(WebhookAcknowledge acknowledge) {
        this.acknowledge = acknowledge;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isReconcile() {
        return reconcile;
    }

    public void setReconcile(boolean reconcile) {
        this.reconcile = reconcile;
    }

    public long getReconcileDelay() {
        return reconcileDelay;
    }

    public void setReconcileDelay(long reconcileDelay) {
        this.reconcileDelay = reconcileDelay;
    }
}
