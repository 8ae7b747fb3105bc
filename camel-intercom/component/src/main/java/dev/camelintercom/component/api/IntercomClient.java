package dev.camelintercom.component.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomTransportException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link IntercomRequest}s to one workspace with one token: the bearer token, {@code Intercom-Version} and
 * {@code Accept} headers on every call. Around each call it applies the rules kept elsewhere: the rate-limit budget
 * ({@link RateLimitAccounting}), the one company scroll per workspace ({@link CompanyScrolls}), and the mapping of
 * error statuses to {@link IntercomApiException}s ({@link ApiErrors}). Holds no connection of its own: the pooled HTTP
 * client is the component's.
 */
public final class IntercomClient {

    private static final Logger LOG = LoggerFactory.getLogger(IntercomClient.class);
    private static final String USER_AGENT = "camel-intercom";
    private static final CompanyScrolls SCROLLS = new CompanyScrolls(System::currentTimeMillis);

    private final CloseableHttpClient http;
    private final String baseUri;
    private final String authorization;
    private final String apiVersion;
    private final ObjectMapper mapper;
    private final RateLimitAccounting rateLimits;
    private final String workspace;

    /**
     * @param governor the rate-limit governor of the token, or null to send without one
     */
    public IntercomClient(CloseableHttpClient http, String baseUri, String accessToken, String apiVersion, ObjectMapper mapper,
                          RateLimitGovernor governor) {
        this.http = http;
        this.baseUri = baseUri;
        this.authorization = "Bearer " + accessToken;
        this.apiVersion = apiVersion;
        this.mapper = mapper;
        this.rateLimits = new RateLimitAccounting(governor);
        this.workspace = RateLimitGovernors.workspaceKey(baseUri, accessToken);
    }

    /** The client of an endpoint's configuration over the component's HTTP client, with the token's governor if enabled. */
    public static IntercomClient of(CloseableHttpClient http, IntercomConfiguration configuration) {
        String baseUri = configuration.resolveBaseUri();
        RateLimitGovernor governor = configuration.isRateLimitGovernor()
                ? RateLimitGovernors.forToken(baseUri, configuration.getAccessToken(), configuration.getRateLimitReserve(),
                        configuration.getMaxRequestsPerWindow())
                : null;
        return new IntercomClient(http, baseUri, configuration.getAccessToken(), configuration.getApiVersion(),
                IntercomJson.mapper(), governor);
    }

    public IntercomResponse execute(IntercomRequest request) throws IOException, IntercomApiException {
        String uri = baseUri + request.path() + queryString(request.query());
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), java.net.URI.create(uri));
        http.setHeader("Authorization", authorization);
        http.setHeader("Intercom-Version", apiVersion);
        http.setHeader("Accept", "application/json");
        http.setHeader("User-Agent", USER_AGENT);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(request.body()), ContentType.APPLICATION_JSON));
        }
        SCROLLS.beforeRequest(workspace, request);
        long ticket = awaitRateLimit(request);
        LOG.debug("Calling Intercom: {} {}", request.method(), request.path());
        RawResponse raw = null;
        try {
            raw = this.http.execute(http, response -> {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header h : response.getHeaders()) {
                    headers.put(h.getName(), h.getValue());
                }
                String body = response.getEntity() == null
                        ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                return new RawResponse(response.getCode(), response.getReasonPhrase(), headers, body);
            });
        } catch (IOException e) {
            boolean mayHaveArrived = !TransportFailures.beforeSending(e);
            throw new IntercomTransportException(request.method() + " " + request.path() + " failed: "
                                                 + (mayHaveArrived ? "no complete response" : "no connection")
                                                 + " (" + e.getClass().getSimpleName() + ")",
                    e, mayHaveArrived, request.retrySafe());
        } finally {
            rateLimits.count(ticket, raw);
        }
        LOG.debug("Intercom answered {} to {} {}", raw.status(), request.method(), request.path());
        LOG.trace("Intercom response body: {}", raw.body());
        if (raw.status() >= 300) {
            SCROLLS.afterResponse(workspace, request, true);
            throw ApiErrors.toException(request, baseUri, raw, mapper);
        }
        IntercomResponse response = success(request, raw);
        SCROLLS.afterResponse(workspace, request, response.body() == null || response.body().path("data").isEmpty());
        return response;
    }

    /** @return the governor's ticket for the call, or 0 without a governor */
    private long awaitRateLimit(IntercomRequest request) throws IntercomTransportException {
        try {
            return rateLimits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntercomTransportException(request.method() + " " + request.path()
                                                 + " was not sent: interrupted while waiting for the rate limit",
                    new java.io.InterruptedIOException(e.getMessage()), false, request.retrySafe());
        }
    }

    private IntercomResponse success(IntercomRequest request, RawResponse raw) throws IOException {
        JsonNode body = null;
        if (!raw.body().isBlank()) {
            try {
                body = mapper.readTree(raw.body());
            } catch (JsonProcessingException e) {
                throw new IntercomTransportException("Intercom answered " + raw.status() + " to " + request
                                                     + " with a body that is not JSON", e, true, request.retrySafe());
            }
        }
        return new IntercomResponse(raw.status(), body, raw.headers(), ApiErrors.requestId(raw, body),
                raw.intHeader(RateLimitAccounting.LIMIT), raw.intHeader(RateLimitAccounting.REMAINING),
                raw.longHeader(RateLimitAccounting.RESET));
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringJoiner joiner = new StringJoiner("&", "?", "");
        query.forEach((k, v) -> joiner.add(UriEncoding.encode(k) + "=" + UriEncoding.encode(v)));
        return joiner.toString();
    }

}
