package dev.camelintercom.component.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomInputException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;

/**
 * Builds the HTTP request of an operation from a message: ids from the body, headers or endpoint options; the query;
 * the body shaped and checked by the operation's rules. Everything the component can check is checked here, before
 * anything is sent.
 */
public final class RequestFactory {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Map<String, IntercomParam> REQUEST_PLACEHOLDERS = Map.ofEntries(
            Map.entry("contact_id", IntercomParam.CONTACT_ID), Map.entry("company_id", IntercomParam.COMPANY_ID),
            Map.entry("conversation_id", IntercomParam.CONVERSATION_ID), Map.entry("ticket_id", IntercomParam.TICKET_ID),
            Map.entry("tag_id", IntercomParam.TAG_ID), Map.entry("admin_id", IntercomParam.ADMIN_ID),
            Map.entry("team_id", IntercomParam.TEAM_ID), Map.entry("note_id", IntercomParam.NOTE_ID),
            Map.entry("segment_id", IntercomParam.SEGMENT_ID), Map.entry("ticket_type_id", IntercomParam.TICKET_TYPE_ID),
            Map.entry("external_id", IntercomParam.EXTERNAL_ID));

    private final ObjectMapper mapper;

    public RequestFactory(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The request of a table operation; the first variant whose path ids the message supplies is used. */
    public PreparedCall prepare(List<OperationDefinition> variants, Exchange exchange, IntercomConfiguration configuration) {
        OperationDefinition first = variants.get(0);
        Context ctx = new Context(first.fullName(), exchange, configuration);
        ObjectNode body = readBody(exchange.getMessage(), first.sendsBody(), ctx);
        OperationDefinition def = chooseVariant(variants, body, ctx);

        String path = fillPath(def.pathTemplate(), def.pathParams(), def.digitPathParams(), body, ctx);
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
        addExtraQuery(exchange.getMessage(), query, ctx);

        ObjectNode sent = null;
        if (def.sendsBody()) {
            for (BodyRule rule : def.bodyRules()) {
                rule.apply(body, ctx);
            }
            sent = body;
        }
        IntercomRequest request = new IntercomRequest(def.method(), path, query, sent, def.isRetrySafe());
        def.paging().apply(request, perPage(def, exchange.getMessage(), configuration, ctx),
                exchange.getMessage().getHeader(IntercomConstants.PAGE, String.class));
        return new PreparedCall(def, request);
    }

    /** The request of the {@code request} escape hatch: method, path and query as given, the body sent as it is. */
    public PreparedCall prepareRaw(Exchange exchange, IntercomConfiguration configuration) {
        Message message = exchange.getMessage();
        Context ctx = new Context(IntercomOperations.REQUEST, exchange, configuration);
        String method = message.getHeader(IntercomConstants.HTTP_METHOD, configuration.getMethod(), String.class);
        if (method == null || !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            throw ctx.invalid("method", "method must be one of " + METHODS + " (header " + IntercomConstants.HTTP_METHOD
                                        + " or endpoint option method), but was " + method);
        }
        method = method.toUpperCase(Locale.ROOT);
        String path = message.getHeader(IntercomConstants.PATH, configuration.getPath(), String.class);
        if (path == null || !path.startsWith("/")) {
            throw ctx.invalid("path", "path must start with / (header " + IntercomConstants.PATH
                                      + " or endpoint option path), but was " + path);
        }
        Map<String, String> query = new LinkedHashMap<>();
        int q = path.indexOf('?');
        if (q >= 0) {
            // a query string is percent-encoded; decoded here, since the client encodes every value it sends
            for (String pair : path.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (!pair.isEmpty()) {
                    query.put(decode(eq < 0 ? pair : pair.substring(0, eq), ctx), eq < 0 ? "" : decode(pair.substring(eq + 1), ctx));
                }
            }
            path = path.substring(0, q);
        }
        boolean mayHaveBody = !"GET".equals(method);
        ObjectNode body = readBody(message, mayHaveBody, ctx);
        Map<String, IntercomParam> placeholders = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(path);
        while (m.find()) {
            IntercomParam param = REQUEST_PLACEHOLDERS.get(m.group(1));
            if (param == null) {
                throw ctx.invalid(m.group(1), "no header fills {" + m.group(1) + "}; write the id into the path, or use one of "
                                              + new TreeSet<>(REQUEST_PLACEHOLDERS.keySet()));
            }
            placeholders.put(m.group(1), param);
        }
        path = fillPath(path, placeholders, List.of(), null, ctx);
        addExtraQuery(message, query, ctx);
        // a body is sent when the message has one (a DELETE only when it is not empty: some detaches need admin_id);
        // POST, PUT and PATCH without a message body send none (archive, the company list)
        boolean noMessageBody = message.getBody() == null;
        ObjectNode sent = !mayHaveBody || noMessageBody || ("DELETE".equals(method) && body.isEmpty()) ? null : body;
        // a raw call is retry-safe unless it is a POST: the component knows nothing more of an arbitrary path
        return new PreparedCall(null, new IntercomRequest(method, path, query, sent, !"POST".equals(method)));
    }

    private static String decode(String text, Context ctx) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ctx.invalid("path", "the query of the path is not validly percent-encoded at '" + text + "'");
        }
    }

    private OperationDefinition chooseVariant(List<OperationDefinition> variants, ObjectNode body, Context ctx) {
        for (OperationDefinition def : variants) {
            boolean resolvable = def.pathParams().values().stream()
                    .allMatch(param -> ctx.peek(param, body) != null);
            if (resolvable) {
                return def;
            }
        }
        if (variants.size() == 1) {
            OperationDefinition def = variants.get(0);
            for (Map.Entry<String, IntercomParam> e : def.pathParams().entrySet()) {
                if (ctx.peek(e.getValue(), body) == null) {
                    throw ctx.invalid(e.getKey(), e.getKey() + " is required: set " + e.getValue().sources());
                }
            }
        }
        StringJoiner alternatives = new StringJoiner("; or ");
        for (OperationDefinition def : variants) {
            StringJoiner needs = new StringJoiner(" and ");
            def.pathParams().forEach((name, param) -> needs.add(name + " (" + param.sources() + ")"));
            alternatives.add(needs.toString());
        }
        throw ctx.invalid(variants.get(0).pathParams().keySet().iterator().next(), "needs " + alternatives);
    }

    private static String fillPath(String template, Map<String, IntercomParam> params, List<String> digits, ObjectNode body,
            Context ctx) {
        String path = template;
        for (Map.Entry<String, IntercomParam> e : params.entrySet()) {
            String value = ctx.resolve(e.getValue(), body);
            if (value == null || value.isBlank()) {
                throw ctx.invalid(e.getKey(), e.getKey() + " is required: set " + e.getValue().sources());
            }
            value = value.trim();
            if (digits.contains(e.getKey()) && !value.chars().allMatch(Character::isDigit)) {
                throw ctx.invalid(e.getKey(), e.getKey() + " must be digits only, but was '" + value + "'");
            }
            path = path.replace("{" + e.getKey() + "}", UriEncoding.encode(value));
        }
        return path;
    }

    private Integer perPage(OperationDefinition def, Message message, IntercomConfiguration configuration, Context ctx) {
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

    private static void addExtraQuery(Message message, Map<String, String> query, Context ctx) {
        Object extra = message.getHeader(IntercomConstants.QUERY);
        if (extra == null) {
            return;
        }
        if (!(extra instanceof Map<?, ?> map)) {
            throw ctx.invalid("query", "header " + IntercomConstants.QUERY + " must be a Map, but was "
                                       + extra.getClass().getName());
        }
        map.forEach((k, v) -> {
            if (v != null) {
                query.put(String.valueOf(k), String.valueOf(v));
            }
        });
    }

    /**
     * The message body as a JSON object this factory may change. A body that is not JSON is an error where the
     * operation sends a body; elsewhere it is only a source of ids, and ignored when it holds none.
     */
    private ObjectNode readBody(Message message, boolean strict, Context ctx) {
        Object body = message.getBody();
        if (body == null) {
            return mapper.createObjectNode();
        }
        JsonNode tree;
        if (body instanceof JsonNode node) {
            tree = node.deepCopy();
        } else if (body instanceof CharSequence || body instanceof byte[] || body instanceof java.io.InputStream
                || body instanceof java.io.Reader) {
            String text = message.getBody(String.class);
            if (text == null || text.isBlank()) {
                return mapper.createObjectNode();
            }
            try {
                tree = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                if (!strict) {
                    return mapper.createObjectNode();
                }
                throw ctx.invalid("body", "the body is not valid JSON: " + e.getOriginalMessage());
            }
        } else {
            try {
                tree = mapper.valueToTree(body);
            } catch (IllegalArgumentException e) {
                if (!strict) {
                    return mapper.createObjectNode();
                }
                throw ctx.invalid("body", "the body (" + body.getClass().getName()
                                          + ") cannot be written as JSON; use a Map, a JSON String, a JsonNode or a model class");
            }
        }
        if (tree instanceof ObjectNode object) {
            return object;
        }
        if (!strict || tree == null || tree.isNull()) {
            return mapper.createObjectNode();
        }
        throw ctx.invalid("body", "the body must be a JSON object, but was a JSON " + tree.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    /** The message a request is built from, as the body rules see it. */
    private static final class Context implements RequestContext {
        private final String operationName;
        private final Exchange exchange;
        private final IntercomConfiguration configuration;

        Context(String operationName, Exchange exchange, IntercomConfiguration configuration) {
            this.operationName = operationName;
            this.exchange = exchange;
            this.configuration = configuration;
        }

        @Override
        public String operationName() {
            return operationName;
        }

        @Override
        public String headerOrOption(IntercomParam param) {
            String value = exchange.getMessage().getHeader(param.header(), String.class);
            if (value == null || value.isBlank()) {
                value = param.optionValue(configuration);
            }
            return value == null || value.isBlank() ? null : value;
        }

        @Override
        public long exchangeCreatedSeconds() {
            return exchange.getClock().getCreated() / 1000;
        }

        /** The value from the body field (taken out: it is not part of what is sent), the header or the option. */
        String resolve(IntercomParam param, ObjectNode body) {
            if (body != null && param.bodyField() != null && body.hasNonNull(param.bodyField())
                    && body.get(param.bodyField()).isValueNode()) {
                String value = body.remove(param.bodyField()).asText();
                if (!value.isBlank()) {
                    return value;
                }
            }
            return headerOrOption(param);
        }

        /** Like {@link #resolve} but without taking anything out of the body. */
        String peek(IntercomParam param, ObjectNode body) {
            if (body != null && param.bodyField() != null) {
                JsonNode value = body.get(param.bodyField());
                if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                    return value.asText();
                }
            }
            return headerOrOption(param);
        }
    }
}
