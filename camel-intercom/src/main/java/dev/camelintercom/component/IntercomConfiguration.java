package dev.camelintercom.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
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

    @UriPath(enums = "contact,company,conversation,ticket,message,note,tag,admin,team,event,segment,request",
             description = "The Intercom resource to work with, or `request` to call any API path.")
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "producer",
              description = "The operation to perform on the resource, e.g. `create` or `close`. The `CamelIntercomOperation` header overrides it per message. Not used by `request`.")
    private String operation;

    @UriParam(label = "security", secret = true,
              description = "The access token of the Intercom app (Developer Hub > Authentication), or an OAuth token. Sent as a bearer token.")
    @Metadata(required = true)
    private String accessToken;

    @UriParam(label = "common", defaultValue = "us",
              description = "The region of the Intercom workspace: `us`, `eu` or `au`. Ignored when `baseUri` is set.")
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

    @UriParam(label = "producer",
              description = "The admin who acts: the author of replies, notes, closes and assignments, and the subject of `admin` operations. The `CamelIntercomAdminId` header overrides it.")
    private String adminId;

    @UriParam(label = "producer", description = "The contact to work on. The `CamelIntercomContactId` header overrides it.")
    private String contactId;

    @UriParam(label = "producer",
              description = "The company to work on (its Intercom id). The `CamelIntercomCompanyId` header overrides it.")
    private String companyId;

    @UriParam(label = "producer",
              description = "The conversation to work on. The `CamelIntercomConversationId` header overrides it.")
    private String conversationId;

    @UriParam(label = "producer", description = "The ticket to work on. The `CamelIntercomTicketId` header overrides it.")
    private String ticketId;

    @UriParam(label = "producer", description = "The tag to work with. The `CamelIntercomTagId` header overrides it.")
    private String tagId;

    @UriParam(label = "producer", description = "The team to read. The `CamelIntercomTeamId` header overrides it.")
    private String teamId;

    @UriParam(label = "producer", description = "The ticket type to read or use. The `CamelIntercomTicketTypeId` header overrides it.")
    private String ticketTypeId;

    @UriParam(label = "producer",
              description = "The page size of list and search operations (Intercom's `per_page`). The `CamelIntercomPerPage` header overrides it.")
    private Integer perPage;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether list and search operations return a lazy iterator over every result, fetching page by page, instead of one page.")
    private boolean paginate;

    @UriParam(label = "producer", defaultValue = "0",
              description = "With `paginate`, the most results to return; 0 for no limit.")
    private int maxResults;

    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of a `request` call. The `CamelIntercomHttpMethod` header overrides it.")
    private String method;

    @UriParam(label = "producer",
              description = "The API path of a `request` call, e.g. `/subscription_types`; `{name}` placeholders are filled from the id headers and options. The `CamelIntercomPath` header overrides it.")
    private String path;

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

    public String getResource() {
        return resource;
    }

    /**
     * The Intercom resource to work with, or `request` to call any API path.
     */
    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getOperation() {
        return operation;
    }

    /**
     * The operation to perform on the resource.
     */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /**
     * The access token of the Intercom app, sent as a bearer token.
     */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public IntercomRegion getRegion() {
        return region;
    }

    /**
     * The region of the Intercom workspace.
     */
    public void setRegion(IntercomRegion region) {
        this.region = region;
    }

    public String getBaseUri() {
        return baseUri;
    }

    /**
     * The base URI of the API, replacing the regional host.
     */
    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    /**
     * The API version, sent as the Intercom-Version header.
     */
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a connection, in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * How long to wait for a response, in milliseconds.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * The most connections the pooled HTTP client keeps open.
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * The host of an HTTP proxy.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * The port of the HTTP proxy.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /**
     * The user name for the HTTP proxy.
     */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /**
     * The password for the HTTP proxy.
     */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings for the connection.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getAdminId() {
        return adminId;
    }

    /**
     * The admin who acts, or the subject of admin operations.
     */
    public void setAdminId(String adminId) {
        this.adminId = adminId;
    }

    public String getContactId() {
        return contactId;
    }

    /**
     * The contact to work on.
     */
    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    public String getCompanyId() {
        return companyId;
    }

    /**
     * The company to work on (its Intercom id).
     */
    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public String getConversationId() {
        return conversationId;
    }

    /**
     * The conversation to work on.
     */
    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getTicketId() {
        return ticketId;
    }

    /**
     * The ticket to work on.
     */
    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    public String getTagId() {
        return tagId;
    }

    /**
     * The tag to work with.
     */
    public void setTagId(String tagId) {
        this.tagId = tagId;
    }

    public String getTeamId() {
        return teamId;
    }

    /**
     * The team to read.
     */
    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getTicketTypeId() {
        return ticketTypeId;
    }

    /**
     * The ticket type to read or use.
     */
    public void setTicketTypeId(String ticketTypeId) {
        this.ticketTypeId = ticketTypeId;
    }

    public Integer getPerPage() {
        return perPage;
    }

    /**
     * The page size of list and search operations.
     */
    public void setPerPage(Integer perPage) {
        this.perPage = perPage;
    }

    public boolean isPaginate() {
        return paginate;
    }

    /**
     * Whether list and search operations return a lazy iterator over every result.
     */
    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }

    public int getMaxResults() {
        return maxResults;
    }

    /**
     * With paginate, the most results to return; 0 for no limit.
     */
    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public String getMethod() {
        return method;
    }

    /**
     * The HTTP method of a request call.
     */
    public void setMethod(String method) {
        this.method = method;
    }

    public String getPath() {
        return path;
    }

    /**
     * The API path of a request call.
     */
    public void setPath(String path) {
        this.path = path;
    }
}
