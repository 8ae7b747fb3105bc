/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConflictPolicy;
import dev.camelintercom.component.IntercomErrorEntry;

/**
 * Turns a 409 on contact create into the existing contact, read or updated. Intercom names the existing contact in
 * the error ("... already exists with id=...");  when it does not, the contact is found by email or external_id.
 */
public final class ContactConflictResolver {

    private static final OperationDefinition CREATE = IntercomOperations.row("contact", "create");
    private static final OperationDefinition GET = IntercomOperations.row("contact", "get");
    private static final OperationDefinition UPDATE = IntercomOperations.row("contact", "update");
    private static final OperationDefinition SEARCH = IntercomOperations.row("contact", "search");
    private static final Pattern EXISTING_ID = Pattern.compile("id=([0-9a-f]{24})");

    private final ObjectMapper mapper;

    public ContactConflictResolver(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Whether this failure of this call is a conflict the policy resolves. */
    public static boolean applies(OperationDefinition op, IntercomApiException e, IntercomConflictPolicy policy) {
        return policy != IntercomConflictPolicy.fail && op != null && op == CREATE
               && e.getStatusCode() == 409;
    }

    /** The response of reading (returnExisting) or updating (update) the existing contact, read by the create's reader. */
    public <T> IntercomResponse<T> resolve(IntercomClient client, IntercomRequest create, IntercomApiException conflict,
            IntercomConflictPolicy policy, BodyReader<T> reader) throws IOException, IntercomApiException {
        String id = existingId(client, create, conflict);
        if (policy == IntercomConflictPolicy.update) {
            return client.execute(UPDATE.request(create.body().deepCopy(), id), reader);
        }
        return client.execute(GET.request(null, id), reader);
    }

    private String existingId(IntercomClient client, IntercomRequest create, IntercomApiException conflict)
            throws IOException, IntercomApiException {
        for (IntercomErrorEntry error : conflict.getErrors()) {
            Matcher m = EXISTING_ID.matcher(String.valueOf(error.message()));
            if (m.find()) {
                return m.group(1);
            }
        }
        for (String field : new String[] { "external_id", "email" }) {
            JsonNode value = create.body().get(field);
            if (value != null && value.isTextual()) {
                ObjectNode search = mapper.createObjectNode();
                search.putObject("query").put("field", field).put("operator", "=").put("value", value.asText());
                JsonNode found = client.execute(SEARCH.request(search)).body().path(SEARCH.itemsField());
                if (found.isArray() && !found.isEmpty()) {
                    return found.get(0).path("id").asText();
                }
            }
        }
        throw conflict;
    }
}
