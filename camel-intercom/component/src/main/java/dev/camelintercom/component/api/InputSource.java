/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.function.Function;

import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomConstants;

/**
 * A named input of an operation and the places it may come from, in order of precedence: a field of the message body
 * (the flat shapes of no-code tools carry ids there), a message header, an endpoint option.
 */
public enum InputSource {
    CONTACT_ID("contact_id", IntercomConstants.CONTACT_ID, "contactId", IntercomConfiguration::getContactId),
    // the Intercom id; the body field company_id is the user's own id, so the body never supplies this one
    COMPANY_ID(null, IntercomConstants.COMPANY_ID, "companyId", IntercomConfiguration::getCompanyId),
    CONVERSATION_ID("conversation_id", IntercomConstants.CONVERSATION_ID, "conversationId",
                    IntercomConfiguration::getConversationId),
    TICKET_ID("ticket_id", IntercomConstants.TICKET_ID, "ticketId", IntercomConfiguration::getTicketId),
    TAG_ID("tag_id", IntercomConstants.TAG_ID, "tagId", IntercomConfiguration::getTagId),
    ADMIN_ID("admin_id", IntercomConstants.ADMIN_ID, "adminId", IntercomConfiguration::getAdminId),
    TEAM_ID("team_id", IntercomConstants.TEAM_ID, "teamId", IntercomConfiguration::getTeamId),
    NOTE_ID("note_id", IntercomConstants.NOTE_ID, null, c -> null),
    SEGMENT_ID("segment_id", IntercomConstants.SEGMENT_ID, null, c -> null),
    TICKET_TYPE_ID("ticket_type_id", IntercomConstants.TICKET_TYPE_ID, "ticketTypeId", IntercomConfiguration::getTicketTypeId),
    EXTERNAL_ID("external_id", IntercomConstants.EXTERNAL_ID, null, c -> null),
    COMPANY_EXTERNAL_ID("company_id", IntercomConstants.COMPANY_EXTERNAL_ID, null, c -> null),
    COMPANY_NAME("name", IntercomConstants.COMPANY_NAME, null, c -> null),
    USER_ID("user_id", IntercomConstants.USER_ID, null, c -> null),
    EMAIL("email", IntercomConstants.EMAIL, null, c -> null),
    INTERCOM_USER_ID("intercom_user_id", IntercomConstants.CONTACT_ID, "contactId", IntercomConfiguration::getContactId);

    private final String bodyField;
    private final String header;
    private final String option;
    private final Function<IntercomConfiguration, String> optionValue;

    InputSource(String bodyField, String header, String option, Function<IntercomConfiguration, String> optionValue) {
        this.bodyField = bodyField;
        this.header = header;
        this.option = option;
        this.optionValue = optionValue;
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
