/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;

/**
 * A named input of an operation and the places it may come from, in order of precedence: a field of the message body
 * (the flat shapes of no-code tools carry ids there), a message header, an endpoint option. The ids of the operations
 * generated from Intercom's description come from their body field and a header named the same way
 * ({@code article_id}, {@code CamelIntercomArticleId}): see {@link #forInput}.
 */
public final class InputSource {
    public static final InputSource CONTACT_ID = new InputSource("contact_id", IntercomConstants.CONTACT_ID, "contactId", IntercomConfiguration::getContactId);
    // the Intercom id; the body field company_id is the user's own id, so the body never supplies this one
    public static final InputSource COMPANY_ID = new InputSource(null, IntercomConstants.COMPANY_ID, "companyId", IntercomConfiguration::getCompanyId);
    public static final InputSource CONVERSATION_ID = new InputSource("conversation_id", IntercomConstants.CONVERSATION_ID, "conversationId",
                    IntercomConfiguration::getConversationId);
    public static final InputSource TICKET_ID = new InputSource("ticket_id", IntercomConstants.TICKET_ID, "ticketId", IntercomConfiguration::getTicketId);
    public static final InputSource TAG_ID = new InputSource("tag_id", IntercomConstants.TAG_ID, "tagId", IntercomConfiguration::getTagId);
    public static final InputSource ADMIN_ID = new InputSource("admin_id", IntercomConstants.ADMIN_ID, "adminId", IntercomConfiguration::getAdminId);
    public static final InputSource TEAM_ID = new InputSource("team_id", IntercomConstants.TEAM_ID, "teamId", IntercomConfiguration::getTeamId);
    public static final InputSource NOTE_ID = new InputSource("note_id", IntercomConstants.NOTE_ID, null, c -> null);
    public static final InputSource SEGMENT_ID = new InputSource("segment_id", IntercomConstants.SEGMENT_ID, null, c -> null);
    public static final InputSource TICKET_TYPE_ID = new InputSource("ticket_type_id", IntercomConstants.TICKET_TYPE_ID, "ticketTypeId", IntercomConfiguration::getTicketTypeId);
    public static final InputSource EXTERNAL_ID = new InputSource("external_id", IntercomConstants.EXTERNAL_ID, null, c -> null);
    public static final InputSource COMPANY_EXTERNAL_ID = new InputSource("company_id", IntercomConstants.COMPANY_EXTERNAL_ID, null, c -> null);
    public static final InputSource COMPANY_NAME = new InputSource("name", IntercomConstants.COMPANY_NAME, null, c -> null);
    public static final InputSource USER_ID = new InputSource("user_id", IntercomConstants.USER_ID, null, c -> null);
    public static final InputSource EMAIL = new InputSource("email", IntercomConstants.EMAIL, null, c -> null);
    public static final InputSource INTERCOM_USER_ID = new InputSource("intercom_user_id", IntercomConstants.CONTACT_ID, "contactId", IntercomConfiguration::getContactId);

    private final String bodyField;
    private final String header;
    private final String option;
    private final Function<IntercomConfiguration, String> optionValue;

    /** The sources of today's ids, by the input name a generated operation gives its path variable. */
    private static final Map<String, InputSource> KNOWN = Map.ofEntries(Map.entry("contact_id", CONTACT_ID),
            Map.entry("company_id", COMPANY_ID), Map.entry("conversation_id", CONVERSATION_ID),
            Map.entry("ticket_id", TICKET_ID), Map.entry("tag_id", TAG_ID), Map.entry("admin_id", ADMIN_ID),
            Map.entry("team_id", TEAM_ID), Map.entry("note_id", NOTE_ID), Map.entry("segment_id", SEGMENT_ID),
            Map.entry("ticket_type_id", TICKET_TYPE_ID), Map.entry("external_id", EXTERNAL_ID));

    private InputSource(String bodyField, String header, String option, Function<IntercomConfiguration, String> optionValue) {
        this.bodyField = bodyField;
        this.header = header;
        this.option = option;
        this.optionValue = optionValue;
    }

    /**
     * The source of an id named {@code input} ({@code article_id}): today's source where one has that name (with its
     * endpoint option), else the body field {@code input} and the header {@code CamelIntercom<Input>}
     * ({@code CamelIntercomArticleId}). Called when the table loads, never per message.
     */
    static InputSource forInput(String input) {
        InputSource known = KNOWN.get(input);
        if (known != null) {
            return known;
        }
        StringBuilder header = new StringBuilder("CamelIntercom");
        for (String word : input.split("_")) {
            if (!word.isEmpty()) {
                header.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return new InputSource(input, header.toString(), null, c -> null);
    }

    /** The body field that may carry the value, or null when the body never does. */
    public String bodyField() {
        return bodyField;
    }

    public String header() {
        return header;
    }

    /** The endpoint option that may carry the value, or null when no option does. */
    public String option() {
        return option;
    }

    String optionValue(IntercomConfiguration configuration) {
        return optionValue.apply(configuration);
    }

    /** Where a user can supply this value, for error messages. */
    public String sources() {
        StringBuilder sb = new StringBuilder("header ").append(header);
        if (option != null) {
            sb.append(", endpoint option ").append(option);
        }
        if (bodyField != null) {
            sb.append(" or body field ").append(bodyField);
        }
        return sb.toString();
    }
}
