/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;

/**
 * Builds the request of a table row from a message: ids from the body, headers or endpoint options; the query; the
 * body shaped and checked by the row's rules; the page size and position. Everything the component can check is
 * checked here, before anything is sent.
 */
public final class OperationRequestBuilder {

    private final ObjectMapper mapper;

    public OperationRequestBuilder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The request of a table operation; the first variant whose path ids the message supplies is used. */
    public IntercomRequest build(List<OperationDefinition> variants, Exchange exchange, IntercomConfiguration configuration) {
        OperationDefinition first = variants.get(0);
        MessageInputs ctx = new MessageInputs(first.fullName(), exchange, configuration);
        ObjectNode body = ctx.body(mapper, first.sendsBody());
        OperationDefinition def = chooseVariant(variants, body, ctx);

        String path = ctx.fillPath(def.path(), def.pathParams(), def.digitPathParams(), body);
        Map<String, String> query = new LinkedHashMap<>(def.fixedQuery());
        def.queryParams().forEach((name, param) -> {
            String value = ctx.resolve(param, body);
            if (value != null) {
                query.put(name, value);
            }
        });
        if (!def.requiredOneQuery().isEmpty()) {
            String chosen = def.requiredOneQuery().stream().filter(query::containsKey).findFirst()
                    .orElseThrow(() -> ctx.invalid(def.requiredOneQuery().get(0), "one of "
                                                                                 + String.join(", ", def.requiredOneQuery())
                                                                                 + " is required (as body fields or their headers)"));
            def.requiredOneQuery().stream().filter(name -> !name.equals(chosen)).forEach(query::remove);
        }
        ctx.addExtraQuery(query);

        ObjectNode sent = null;
        if (def.sendsBody()) {
            for (BodyRule rule : def.bodyRules()) {
                rule.apply(body, ctx);
            }
            sent = body;
        }
        IntercomRequest request = new IntercomRequest(def, path, query, sent);
        def.paging().apply(request, perPage(def, exchange.getMessage(), configuration, ctx),
                exchange.getMessage().getHeader(IntercomConstants.PAGE, String.class));
        // checked as sent: the page position and size of the message's headers included
        checkQuery(def, query, ctx);
        if (sent != null && def.facts() != null && def.facts().body() != null) {
            def.facts().body().checkBody(sent, def.checkedByRules(), ctx);
        }
        return request;
    }

    /**
     * The query as the description declares it: required parameters given, each value of its type and enum (a value
     * whose text was not the declared type's is replaced by the type's text).
     */
    static void checkQuery(OperationDefinition def, Map<String, String> query, BodyRuleContext ctx) {
        if (def.facts() == null) {
            return;
        }
        // a hand-written row builds its query itself (event.list sends the filter flat, as Intercom takes it)
        for (String name : def.isHandWritten() ? List.<String>of() : def.facts().requiredQuery()) {
            if (!query.containsKey(name)) {
                throw ctx.invalid(name, "query parameter " + name + " is required: set body field " + name + ", header "
                                        + InputSource.forInput(name).header() + " or an entry of header "
                                        + IntercomConstants.QUERY);
            }
        }
        for (Map.Entry<String, String> e : query.entrySet()) {
            SchemaCheck check = def.facts().query().get(e.getKey());
            if (check != null) {
                e.setValue(check.checkQuery(e.getKey(), e.getValue(), ctx));
            }
        }
    }

    private OperationDefinition chooseVariant(List<OperationDefinition> variants, ObjectNode body, MessageInputs ctx) {
        for (OperationDefinition def : variants) {
            if (resolvable(def, body, ctx)) {
                return def;
            }
        }
        if (variants.size() == 1) {
            OperationDefinition def = variants.get(0);
            for (Map.Entry<String, InputSource> e : def.pathParams().entrySet()) {
                if (ctx.peek(e.getValue(), body) == null) {
                    throw ctx.missing(e.getKey(), e.getValue(), body);
                }
            }
            return def; // its query filter is checked, with its own message, when the query is built
        }
        StringJoiner alternatives = new StringJoiner("; or ");
        for (OperationDefinition def : variants) {
            StringJoiner needs = new StringJoiner(" and ");
            def.pathParams().forEach((name, param) -> needs.add(name + " (" + param.sources() + ")"));
            alternatives.add(needs.toString());
        }
        throw ctx.invalid(variants.get(0).pathParams().keySet().iterator().next(), "needs " + alternatives);
    }

    /** Whether the message supplies the variant's path ids and, where it filters by one query input, one of them. */
    private static boolean resolvable(OperationDefinition def, ObjectNode body, MessageInputs ctx) {
        for (InputSource param : def.pathParams().values()) {
            if (ctx.peek(param, body) == null) {
                return false;
            }
        }
        return def.requiredOneQuery().isEmpty() || def.requiredOneQuery().stream()
                .anyMatch(name -> ctx.peek(def.queryParams().get(name), body) != null);
    }

    private Integer perPage(OperationDefinition def, Message message, IntercomConfiguration configuration, MessageInputs ctx) {
        Integer perPage;
        try {
            perPage = message.getHeader(IntercomConstants.PER_PAGE, configuration.getPerPage(), Integer.class);
        } catch (TypeConversionException e) {
            throw ctx.invalid("per_page", "header " + IntercomConstants.PER_PAGE + " must be a whole number, but was '"
                                          + message.getHeader(IntercomConstants.PER_PAGE) + "'");
        }
        if (perPage == null || def.paging() == Paging.NONE || def.paging() == Paging.SCROLL) {
            return null;
        }
        if (perPage < 1 || (def.maxPerPage() != null && perPage > def.maxPerPage())) {
            throw ctx.invalid("per_page", "perPage must be between 1 and " + def.maxPerPage() + ", but was " + perPage);
        }
        return perPage;
    }
}
