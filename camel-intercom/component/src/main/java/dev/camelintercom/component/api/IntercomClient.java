/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomTransportException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicHeader;
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
    // Authorization, Intercom-Version, Accept and User-Agent: the same on every call
    private final Header[] fixedHeaders;
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
        this.fixedHeaders = new Header[] {
                new BasicHeader("Authorization", "Bearer " + accessToken), new BasicHeader("Intercom-Version", apiVersion),
                new BasicHeader("Accept", "application/json"), new BasicHeader("User-Agent", USER_AGENT) };
        this.mapper = mapper;
        this.rateLimits = new RateLimitAccounting(governor);
        this.workspace = RateLimitGovernors.workspaceKey(baseUri, accessToken);
    }

    /** The client of an endpoint's configuration over the component's HTTP client, with the token's governor if enabled. */
    public static IntercomClient of(CloseableHttpClient http, IntercomConfiguration configuration) {
        return of(http, configuration, null);
    }

    /**
     * As {@link #of(CloseableHttpClient, IntercomConfiguration)}, the governor leasing its calls from a budget shared
     * with other processes (null: none).
     */
    public static IntercomClient of(CloseableHttpClient http, IntercomConfiguration configuration,
                                    SharedRateLimitBudget sharedBudget) {
        String baseUri = configuration.resolveBaseUri();
        RateLimitGovernor governor = configuration.isRateLimitGovernor()
                ? RateLimitGovernors.forToken(baseUri, configuration.getAccessToken(), configuration.getRateLimitReserve(),
                        configuration.getMaxRequestsPerWindow(), sharedBudget)
                : null;
        return new IntercomClient(http, baseUri, configuration.getAccessToken(), configuration.getApiVersion(),
                IntercomJson.mapper(), governor);
    }

    /** Sends the request; a successful answer's body is read as a tree. */
    public IntercomResponse<JsonNode> execute(IntercomRequest request) throws IOException, IntercomApiException {
        return execute(request, BodyReader.TREE);
    }

    /** Sends the request; a successful answer's body is read by the reader, straight off the response stream. */
    public <T> IntercomResponse<T> execute(IntercomRequest request, BodyReader<T> reader)
            throws IOException, IntercomApiException {
        HttpUriRequestBase http = httpRequest(request);
        SCROLLS.beforeRequest(workspace, request);
        long ticket = awaitRateLimit(request);
        LOG.debug("Calling Intercom: {} {}", request.method(), request.path());
        Answer<T> answer = null;
        try {
            answer = this.http.execute(http, response -> answer(response, reader));
        } catch (IOException e) {
            throw transportFailure(request, e);
        } finally {
            rateLimits.count(ticket, answer == null ? null : answer.raw());
        }
        RawResponse raw = answer.raw();
        LOG.debug("Intercom answered {} to {} {}", raw.status(), request.method(), request.path());
        LOG.trace("Intercom response body: {}", raw.text());
        if (raw.status() >= 300) {
            SCROLLS.afterResponse(workspace, request, true);
            throw ApiErrors.toException(request, baseUri, raw, mapper);
        }
        if (answer.unreadable() != null) {
            throw unreadable(request, raw, answer.unreadable());
        }
        BodyReader.Body<T> body = answer.body();
        SCROLLS.afterResponse(workspace, request, body == null || body.noData());
        String requestId = raw.header("X-Request-Id");
        if (requestId == null && body != null) {
            requestId = body.requestId();
        }
        return new IntercomResponse<>(raw.status(), body == null ? null : body.value(), body != null, requestId,
                raw.intHeader(RateLimitAccounting.LIMIT), raw.intHeader(RateLimitAccounting.REMAINING),
                raw.longHeader(RateLimitAccounting.RESET));
    }

    /**
     * Sends a {@code request} call whose answer is not read as JSON (a download): its body as a {@code byte[]}, or, with
     * {@code stream}, as the connection's {@code InputStream}, nothing buffered, which the caller must close (the
     * connection is held until then). An error status fails as in {@link #execute}.
     */
    public IntercomResponse<Object> download(IntercomRequest request, boolean stream) throws IOException, IntercomApiException {
        HttpUriRequestBase http = httpRequest(request);
        long ticket = awaitRateLimit(request);
        LOG.debug("Calling Intercom for a download: {} {}", request.method(), request.path());
        ClassicHttpResponse response;
        try {
            response = this.http.executeOpen(null, http, null);
        } catch (IOException e) {
            rateLimits.count(ticket, null);
            throw transportFailure(request, e);
        }
        boolean handedOver = false;
        boolean counted = false;
        try {
            HttpEntity entity = response.getEntity();
            int status = response.getCode();
            String text = status < 300 ? null
                    : entity == null ? "" : new String(EntityUtils.toByteArray(entity), StandardCharsets.UTF_8);
            RawResponse raw = new RawResponse(status, response.getReasonPhrase(), response.getHeaders(), text);
            rateLimits.count(ticket, raw);
            counted = true;
            LOG.debug("Intercom answered {} to {} {}", status, request.method(), request.path());
            if (status >= 300) {
                throw ApiErrors.toException(request, baseUri, raw, mapper);
            }
            Object body;
            if (entity == null) {
                body = stream ? InputStream.nullInputStream() : new byte[0];
            } else if (stream) {
                body = new FilterInputStream(entity.getContent()) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            response.close();
                        }
                    }
                };
                handedOver = true;
            } else {
                body = EntityUtils.toByteArray(entity);
            }
            return new IntercomResponse<>(status, body, true, raw.header("X-Request-Id"),
                    raw.intHeader(RateLimitAccounting.LIMIT), raw.intHeader(RateLimitAccounting.REMAINING),
                    raw.longHeader(RateLimitAccounting.RESET));
        } catch (IOException e) {
            if (!counted) {
                rateLimits.count(ticket, null);
            }
            throw e instanceof IntercomTransportException ? e : transportFailure(request, e);
        } finally {
            if (!handedOver) {
                response.close();
            }
        }
    }

    /** The HTTP request: the fixed headers (with the call's own {@code Accept}, if it has one) and the JSON body. */
    private HttpUriRequestBase httpRequest(IntercomRequest request) throws IOException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), java.net.URI.create(uri(request)));
        http.setHeaders(fixedHeaders);
        if (request.accept() != null) {
            http.setHeader("Accept", request.accept());
        }
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(request.body()), ContentType.APPLICATION_JSON));
        }
        return http;
    }

    private static IntercomTransportException transportFailure(IntercomRequest request, IOException e) {
        boolean mayHaveArrived = !TransportFailures.beforeSending(e);
        return new IntercomTransportException(request.method() + " " + request.path() + " failed: "
                                              + (mayHaveArrived ? "no complete response" : "no connection")
                                              + " (" + e.getClass().getSimpleName() + ")",
                e, mayHaveArrived, request.retrySafe());
    }

    /**
     * Reads a response inside HttpClient's handler. An error's body is kept as text for its exception (so is any body
     * while the trace log is on); a successful one is parsed straight from the stream. A body that cannot be read as
     * JSON is kept as the failure, so that the call still counts as answered.
     */
    private <T> Answer<T> answer(ClassicHttpResponse response, BodyReader<T> reader) throws IOException, HttpException {
        HttpEntity entity = response.getEntity();
        int status = response.getCode();
        String text = null;
        if (status >= 300 || LOG.isTraceEnabled()) {
            text = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
        }
        RawResponse raw = new RawResponse(status, response.getReasonPhrase(), response.getHeaders(), text);
        if (status >= 300 || entity == null) {
            return new Answer<>(raw, null, null);
        }
        try (JsonParser parser = text != null ? mapper.createParser(text) : mapper.createParser(entity.getContent())) {
            return parser.nextToken() == null
                    ? new Answer<>(raw, null, null) : new Answer<>(raw, reader.read(parser), null);
        } catch (JsonProcessingException e) {
            return new Answer<>(raw, null, e);
        }
    }

    /** A 2xx body that is not JSON (a proxy's page) fails as a transport failure; one that does not fit the model as it is. */
    private static IOException unreadable(IntercomRequest request, RawResponse raw, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return new IntercomTransportException("Intercom answered " + raw.status() + " to " + request
                                                      + " with a body that is not JSON", e, true, request.retrySafe());
            }
        }
        return e;
    }

    /** What the response handler read: the response, and the body or why it could not be read (both null without one). */
    private record Answer<T>(RawResponse raw, BodyReader.Body<T> body, JsonProcessingException unreadable) {
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

    /** The base URI, the path and the query, in one builder. */
    private String uri(IntercomRequest request) {
        StringBuilder uri = new StringBuilder(baseUri.length() + request.path().length() + 16 * request.query().size())
                .append(baseUri).append(request.path());
        char separator = '?';
        for (Map.Entry<String, String> e : request.query().entrySet()) {
            uri.append(separator).append(UriEncoding.encode(e.getKey())).append('=').append(UriEncoding.encode(e.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

}
