/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.component.api.BodyReader;
import dev.camelintercom.component.api.ContactConflictResolver;
import dev.camelintercom.component.api.IntercomJson;
import dev.camelintercom.component.api.IntercomResponse;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.component.api.Page;
import dev.camelintercom.component.api.PagingIterator;
import dev.camelintercom.component.api.IntercomRequest;
import dev.camelintercom.component.api.OperationRequestBuilder;
import dev.camelintercom.component.api.RawRequestBuilder;
import dev.camelintercom.component.api.ResultMapper;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Performs one operation per message: builds the request from the message, sends it, and puts the result in the
 * body and the response figures in headers.
 */
public class IntercomProducer extends DefaultProducer {

    private static final long RATE_LIMIT_WINDOW_MILLIS = 10_000;

    private static final String[] RESULT_HEADERS = {
            IntercomConstants.RESOURCE_ID, IntercomConstants.RESOURCE_TYPE, IntercomConstants.TOTAL_COUNT,
            IntercomConstants.NEXT_PAGE, IntercomConstants.REQUEST_ID, IntercomConstants.CONFLICT_RESOLVED,
            IntercomConstants.RATE_LIMIT_LIMIT, IntercomConstants.RATE_LIMIT_REMAINING, IntercomConstants.RATE_LIMIT_RESET };

    private final OperationRequestBuilder operationRequests = new OperationRequestBuilder(IntercomJson.mapper());
    private final RawRequestBuilder rawRequests = new RawRequestBuilder(IntercomJson.mapper());
    private final ResultMapper resultMapper = new ResultMapper(IntercomJson.mapper());
    private final ContactConflictResolver conflictResolver = new ContactConflictResolver(IntercomJson.mapper());

    private WritableHealthCheckRepository healthChecks;
    private IntercomProducerHealthCheck healthCheck;

    public IntercomProducer(IntercomEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // Camel's health API is optional: without camel-health on the class path there is no repository
        healthChecks = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthChecks != null) {
            healthCheck = new IntercomProducerHealthCheck(getEndpoint());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthChecks.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthChecks != null && healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public IntercomEndpoint getEndpoint() {
        return (IntercomEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        IntercomEndpoint endpoint = getEndpoint();
        IntercomConfiguration configuration = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        IntercomRequest request;
        if (endpoint.isRequest()) {
            request = rawRequests.build(exchange, configuration);
        } else {
            String name = message.getHeader(IntercomConstants.OPERATION, configuration.getOperation(), String.class);
            List<OperationDefinition> variants = endpoint.operation(name);
            request = operationRequests.build(variants, exchange, configuration);
        }
        OperationDefinition op = request.operation();
        boolean paginate = op != null && op.result() == OperationDefinition.Result.LIST && paginate(message, op, configuration);
        clearResultHeaders(message);
        BodyReader<?> reader = resultMapper.readerOf(op);
        IntercomResponse<?> response;
        try {
            response = request.responseType() == IntercomResponseType.json
                    ? endpoint.client().execute(request, reader)
                    : endpoint.client().download(request, request.responseType() == IntercomResponseType.stream);
        } catch (IntercomApiException e) {
            if (!ContactConflictResolver.applies(op, e, configuration.getContactConflict())) {
                setRedeliveryDelay(message, e);
                throw e;
            }
            response = conflictResolver.resolve(endpoint.client(), request, e, configuration.getContactConflict(), reader);
            message.setHeader(IntercomConstants.CONFLICT_RESOLVED, configuration.getContactConflict().name());
        } catch (Exception e) {
            message.removeHeader(Exchange.REDELIVERY_DELAY);
            throw e;
        }
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        Object body = resultMapper.bodyOf(op, request, response);
        setResponseHeaders(message, response);
        if (op == null) {
            message.setBody(body);
            return;
        }
        switch (op.result()) {
            case NONE -> {
                // the body stays as it was: Intercom returns nothing (202 for data events)
            }
            case OBJECT, FIRST_OF_LIST -> setObject(message, (IntercomObject) body);
            case JSON -> setTree(message, (JsonNode) body);
            case LIST -> setList(message, op, request, ResultMapper.page(body), paginate, configuration.getMaxResults());
            default -> throw new IllegalStateException("Unknown result kind " + op.result());
        }
    }

    /**
     * On a 429, tells Camel's redelivery error handler to wait until Intercom's window resets (plus a little jitter,
     * so that many waiting exchanges do not all come back in the same millisecond); on any other failure, leaves the
     * delay to the error handler's own policy.
     */
    private static void setRedeliveryDelay(Message message, IntercomApiException e) {
        if (!e.isRateLimited()) {
            message.removeHeader(Exchange.REDELIVERY_DELAY);
            return;
        }
        long now = System.currentTimeMillis();
        long wait = e.getRateLimitReset() != null ? e.getRateLimitReset() * 1000 - now : RATE_LIMIT_WINDOW_MILLIS;
        message.setHeader(Exchange.REDELIVERY_DELAY, Math.max(0, wait) + ThreadLocalRandom.current().nextLong(100, 500));
    }

    /** The {@code CamelIntercomPaginate} header, else the option; read before the call so that a bad value sends nothing. */
    private static boolean paginate(Message message, OperationDefinition op, IntercomConfiguration configuration) {
        Object value = message.getHeader(IntercomConstants.PAGINATE);
        if (value == null) {
            return configuration.isPaginate();
        }
        Boolean paginate = message.getHeader(IntercomConstants.PAGINATE, Boolean.class);
        if (paginate == null) {
            throw new IntercomInputException(op.fullName(), "paginate", "header " + IntercomConstants.PAGINATE
                                                                        + " must be true or false, but was '" + value + "'");
        }
        return paginate;
    }

    private void setList(Message message, OperationDefinition op, IntercomRequest request, Page<Object> page,
            boolean paginate, int maxResults) {
        setIfNotNull(message, IntercomConstants.TOTAL_COUNT, page.totalCount());
        if (paginate) {
            message.removeHeader(IntercomConstants.NEXT_PAGE);
            message.setBody(new PagingIterator(getEndpoint().client(), resultMapper, op, request, page, maxResults));
            return;
        }
        if (page.next() != null) {
            message.setHeader(IntercomConstants.NEXT_PAGE, page.next());
        } else {
            message.removeHeader(IntercomConstants.NEXT_PAGE);
        }
        if (!page.items().isEmpty() && page.items().get(0) instanceof IntercomObject first) {
            setIfNotNull(message, IntercomConstants.RESOURCE_ID, first.getId());
            message.setHeader(IntercomConstants.RESOURCE_TYPE, first.getType());
        } else if (!page.items().isEmpty() && page.items().get(0) instanceof JsonNode first) {
            setIdAndType(message, first);
        }
        message.setBody(page.items());
    }

    /** An answer no model class describes: the tree, with its id and type in headers where it has them. */
    private static void setTree(Message message, JsonNode tree) {
        message.setBody(tree);
        setIdAndType(message, tree);
    }

    private static void setIdAndType(Message message, JsonNode tree) {
        if (tree.hasNonNull("id") && tree.get("id").isValueNode()) {
            message.setHeader(IntercomConstants.RESOURCE_ID, tree.get("id").asText());
        }
        if (tree.hasNonNull("type") && tree.get("type").isTextual()) {
            message.setHeader(IntercomConstants.RESOURCE_TYPE, tree.get("type").asText());
        }
    }

    /** Headers of an earlier call on the same message would describe the wrong result. */
    private static void clearResultHeaders(Message message) {
        for (String header : RESULT_HEADERS) {
            message.removeHeader(header);
        }
    }

    private static void setObject(Message message, IntercomObject object) {
        message.setBody(object);
        if (object != null) {
            setIfNotNull(message, IntercomConstants.RESOURCE_ID, object.getId());
            setIfNotNull(message, IntercomConstants.RESOURCE_TYPE, object.getType());
        }
    }

    private static void setResponseHeaders(Message message, IntercomResponse<?> response) {
        message.setHeader(IntercomConstants.RESPONSE_CODE, response.status());
        setIfNotNull(message, IntercomConstants.REQUEST_ID, response.requestId());
        setIfNotNull(message, IntercomConstants.RATE_LIMIT_LIMIT, response.rateLimitLimit());
        setIfNotNull(message, IntercomConstants.RATE_LIMIT_REMAINING, response.rateLimitRemaining());
        setIfNotNull(message, IntercomConstants.RATE_LIMIT_RESET, response.rateLimitReset());
    }

    private static void setIfNotNull(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
