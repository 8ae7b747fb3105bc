/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.model.IntercomObject;

/**
 * One row of the operation table: how a resource's operation becomes an HTTP call and how its response becomes the
 * message body. Built with {@link #builder}.
 */
public final class OperationDefinition {

    /** What the response body becomes. */
    public enum Result {
        /** One object of {@link #modelClass()}. */
        OBJECT,
        /** A list of {@link #modelClass()} read from {@link #itemsField()}. */
        LIST,
        /** A list envelope holding the one object wanted (company find): its first item, or null. */
        FIRST_OF_LIST,
        /** Nothing: the message body is left as it was. */
        NONE,
        /** The answer as a JSON tree ({@code JsonNode}): an operation whose answer no model class describes. */
        JSON
    }

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([a-z_]+)}");

    private final String resource;
    private final String name;
    private final String method;
    private final String pathTemplate;
    private final PathTemplate path;
    private final Map<String, InputSource> pathParams;
    private final List<String> digitPathParams;
    private final Map<String, InputSource> queryParams;
    private final Map<String, String> fixedQuery;
    private final List<String> requiredOneQuery;
    private final boolean sendsBody;
    private final List<BodyRule> bodyRules;
    private final Result result;
    private final Class<? extends IntercomObject> modelClass;
    private final String itemsField;
    private final Paging paging;
    private final Integer maxPerPage;
    private final boolean retrySafe;
    private final String inputs;
    private final ApiFacts.OperationFacts facts;
    private final boolean handWritten;
    private final Set<String> checkedByRules;

    private OperationDefinition(Builder b) {
        this.resource = b.resource;
        this.name = b.name;
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.path = PathTemplate.of(b.pathTemplate);
        this.pathParams = Collections.unmodifiableMap(b.pathParams);
        this.digitPathParams = List.copyOf(b.digitPathParams);
        this.facts = b.facts;
        this.checkedByRules = Set.copyOf(b.checkedByRules);
        this.handWritten = b.handWritten;
        this.queryParams = Collections.unmodifiableMap(b.queryParams);
        this.fixedQuery = Collections.unmodifiableMap(b.fixedQuery);
        this.requiredOneQuery = List.copyOf(b.requiredOneQuery);
        this.sendsBody = b.sendsBody;
        this.bodyRules = List.copyOf(b.bodyRules);
        this.result = b.result;
        this.modelClass = b.modelClass;
        this.itemsField = b.itemsField;
        this.paging = b.paging;
        this.maxPerPage = b.maxPerPage;
        this.retrySafe = b.retrySafe;
        this.inputs = b.inputs;
    }

    public static Builder builder(String resource, String name) {
        return new Builder(resource, name);
    }

    public String resource() {
        return resource;
    }

    public String name() {
        return name;
    }

    /** {@code resource.operation}, as error messages name it. */
    public String fullName() {
        return resource + "." + name;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** The path template, split once for filling in. */
    PathTemplate path() {
        return path;
    }

    /** The path variables, in order, with the parameter each is filled from. */
    public Map<String, InputSource> pathParams() {
        return pathParams;
    }

    /** Path variables that the API declares as integers: the component sends only digits there. */
    public List<String> digitPathParams() {
        return digitPathParams;
    }

    public Map<String, InputSource> queryParams() {
        return queryParams;
    }

    public Map<String, String> fixedQuery() {
        return fixedQuery;
    }

    /**
     * Query parameters of which exactly one is sent: the first given, in this order (Intercom's filter takes one
     * identifier); at least one must be given. Empty when the operation has no such choice.
     */
    public List<String> requiredOneQuery() {
        return requiredOneQuery;
    }

    public boolean sendsBody() {
        return sendsBody;
    }

    public List<BodyRule> bodyRules() {
        return bodyRules;
    }

    public Result result() {
        return result;
    }

    public Class<? extends IntercomObject> modelClass() {
        return modelClass;
    }

    public String itemsField() {
        return itemsField;
    }

    public Paging paging() {
        return paging;
    }

    /** What Intercom's description says of this call (null only for a call it does not have). */
    public ApiFacts.OperationFacts facts() {
        return facts;
    }

    /** Body fields that the row's rules check instead of the description's schema. */
    public Set<String> checkedByRules() {
        return checkedByRules;
    }

    /**
     * Whether the row is written by hand in {@link IntercomOperations} (an override of the description's operation, with
     * the behaviour the description does not state), rather than generated from the facts alone.
     */
    public boolean isHandWritten() {
        return handWritten;
    }

    /** The largest page size the endpoint accepts, or null when it takes none. */
    public Integer maxPerPage() {
        return maxPerPage;
    }

    /**
     * Whether sending the request again after it may have reached Intercom is harmless: reads, updates, deletes and
     * upserts are; creates of conversations, notes, messages, replies and tickets are not.
     */
    public boolean isRetrySafe() {
        return retrySafe;
    }

    /**
     * What a user must give, for the generated operations reference: {@code `field`} for body fields, {@code _id_}
     * for the ids of {@link InputSource} (body field, header or option). The same for every variant.
     */
    public String inputs() {
        return inputs;
    }

    /**
     * The request of this row for a caller that already holds its ids: the path variables filled in order with
     * {@code pathValues}, an empty query, and {@code body} (ignored when the row sends none). The table's paging style
     * and retry safety come with it; the producer builds its requests from messages in {@link OperationRequestBuilder}.
     */
    public IntercomRequest request(ObjectNode body, String... pathValues) {
        if (pathValues.length != pathParams.size()) {
            throw new IllegalArgumentException(fullName() + " takes " + pathParams.size() + " path values, not "
                                               + pathValues.length);
        }
        String[] values = new String[path.variables()];
        int i = 0;
        for (String variable : pathParams.keySet()) {
            values[path.indexOf(variable)] = UriEncoding.encode(pathValues[i++]);
        }
        return new IntercomRequest(this, path.fill(values), new LinkedHashMap<>(fixedQuery), sendsBody ? body : null);
    }

    @Override
    public String toString() {
        return fullName() + " (" + method + " " + pathTemplate + ")";
    }

    public static final class Builder {
        private final String resource;
        private final String name;
        private String method;
        private String pathTemplate;
        private final Map<String, InputSource> pathParams = new LinkedHashMap<>();
        private final List<String> digitPathParams = new ArrayList<>();
        private final Map<String, InputSource> queryParams = new LinkedHashMap<>();
        private final Map<String, String> fixedQuery = new LinkedHashMap<>();
        private final List<String> requiredOneQuery = new ArrayList<>();
        private boolean sendsBody;
        private final List<BodyRule> bodyRules = new ArrayList<>();
        private Result result = Result.OBJECT;
        private Class<? extends IntercomObject> modelClass = IntercomObject.class;
        private String itemsField;
        private Paging paging = Paging.NONE;
        private Integer maxPerPage;
        private Boolean retrySafe;
        private String inputs;
        private ApiFacts.OperationFacts facts;
        private boolean handWritten = true;
        private final List<String> notDigits = new ArrayList<>();
        private final List<String> checkedByRules = new ArrayList<>();

        private Builder(String resource, String name) {
            this.resource = resource;
            this.name = name;
        }

        public Builder get(String path, InputSource... params) {
            return call("GET", path, false, params);
        }

        public Builder delete(String path, InputSource... params) {
            return call("DELETE", path, false, params);
        }

        /** A DELETE that carries a JSON body (detaching tags and contacts from conversations and tickets). */
        public Builder deleteWithBody(String path, InputSource... params) {
            return call("DELETE", path, true, params);
        }

        public Builder post(String path, InputSource... params) {
            return call("POST", path, true, params);
        }

        /** A POST without a body (archive, unarchive, the company list). */
        public Builder postWithoutBody(String path, InputSource... params) {
            return call("POST", path, false, params);
        }

        public Builder put(String path, InputSource... params) {
            return call("PUT", path, true, params);
        }

        /** Any call, for the rows generated from the description's facts. */
        Builder call(String method, String path, boolean sendsBody, List<InputSource> params) {
            return call(method, path, sendsBody, params.toArray(InputSource[]::new));
        }

        private Builder call(String method, String path, boolean sendsBody, InputSource... params) {
            this.method = method;
            this.pathTemplate = path;
            this.sendsBody = sendsBody;
            Matcher m = PATH_VARIABLE.matcher(path);
            int i = 0;
            while (m.find()) {
                if (i >= params.length) {
                    throw new IllegalStateException(resource + "." + name + ": no parameter for {" + m.group(1) + "}");
                }
                pathParams.put(m.group(1), params[i++]);
            }
            if (i != params.length) {
                throw new IllegalStateException(resource + "." + name + ": more parameters than path variables");
            }
            return this;
        }

        /**
         * The path variable is not digits only, though the description declares it an integer (the description is
         * wrong there: {@code contact_id} of the contact notes is a 24-hex id).
         */
        public Builder notDigits(String pathVariable) {
            notDigits.add(pathVariable);
            return this;
        }

        /**
         * Body fields the row's own rules check instead of the description's schema (the search grammar, which the
         * description gives as alternatives too loose to check field by field).
         */
        public Builder checkedByRules(String... fields) {
            checkedByRules.addAll(List.of(fields));
            return this;
        }

        /** The row was generated from the description's facts, not written by hand. */
        Builder generated() {
            this.handWritten = false;
            return this;
        }

        /** Where the row's result is a JSON tree rather than a model class. */
        Builder returnsJson() {
            this.result = Result.JSON;
            this.modelClass = null;
            return this;
        }

        public Builder query(String name, InputSource param) {
            queryParams.put(name, param);
            return this;
        }

        public Builder fixedQuery(String name, String value) {
            fixedQuery.put(name, value);
            return this;
        }

        /** Exactly one of these query parameters: the first given, in this order. */
        public Builder oneQueryOf(String... names) {
            requiredOneQuery.addAll(List.of(names));
            return this;
        }

        public Builder rules(BodyRule... rules) {
            bodyRules.addAll(List.of(rules));
            return this;
        }

        public Builder returns(Class<? extends IntercomObject> modelClass) {
            this.result = Result.OBJECT;
            this.modelClass = modelClass;
            return this;
        }

        public Builder returnsFirstOf(Class<? extends IntercomObject> modelClass) {
            this.result = Result.FIRST_OF_LIST;
            this.modelClass = modelClass;
            this.itemsField = "data";
            return this;
        }

        public Builder returnsList(Class<? extends IntercomObject> modelClass, String itemsField) {
            return returnsList(modelClass, itemsField, Paging.NONE, null);
        }

        /** A list; {@code modelClass} null for items read as JSON trees. */
        public Builder returnsList(Class<? extends IntercomObject> modelClass, String itemsField, Paging paging, Integer maxPerPage) {
            this.result = Result.LIST;
            this.modelClass = modelClass;
            this.itemsField = itemsField;
            this.paging = paging;
            this.maxPerPage = maxPerPage;
            return this;
        }

        public Builder returnsNothing() {
            this.result = Result.NONE;
            return this;
        }

        /** What a user must give, in the words of the operations reference (see {@link OperationDefinition#inputs()}). */
        public Builder inputs(String inputs) {
            this.inputs = inputs;
            return this;
        }

        /** Overrides the default, which is: safe unless the call is a POST. */
        public Builder retrySafe(boolean safe) {
            this.retrySafe = safe;
            return this;
        }

        public OperationDefinition build() {
            if (method == null) {
                throw new IllegalStateException(resource + "." + name + " has no HTTP call");
            }
            if (retrySafe == null) {
                retrySafe = !"POST".equals(method);
            }
            facts = ApiFacts.byCall(method, pathTemplate);
            if (facts != null) {
                facts.pathIds().forEach((variable, id) -> {
                    if (id.digits() && !notDigits.contains(variable) && !digitPathParams.contains(variable)) {
                        digitPathParams.add(variable);
                    }
                });
            }
            return new OperationDefinition(this);
        }
    }
}
