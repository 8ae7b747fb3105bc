/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ticket.
 */
public class Ticket extends AssignableObject {

    @JsonProperty("ticket_id")
    private String ticketId;
    @JsonProperty("category")
    private String category;
    @JsonProperty("ticket_type")
    private Map<String, Object> ticketType;
    @JsonProperty("ticket_state")
    private Map<String, Object> ticketState;
    @JsonProperty("ticket_attributes")
    private Map<String, Object> ticketAttributes;

    public String getTicketId() {
        return ticketId;
    }

    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Map<String, Object> getTicketType() {
        return ticketType;
    }

    public void setTicketType(Map<String, Object> ticketType) {
        this.ticketType = ticketType;
    }

    public Map<String, Object> getTicketState() {
        return ticketState;
    }

    public void setTicketState(Map<String, Object> ticketState) {
        this.ticketState = ticketState;
    }

    public Map<String, Object> getTicketAttributes() {
        return ticketAttributes;
    }

    public void setTicketAttributes(Map<String, Object> ticketAttributes) {
        this.ticketAttributes = ticketAttributes;
    }
}
