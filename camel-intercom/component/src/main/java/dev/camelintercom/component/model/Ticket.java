package dev.camelintercom.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ticket.
 */
public class Ticket extends TimestampedObject {

    @JsonProperty("ticket_id")
    private String ticketId;
    @JsonProperty("category")
    private String category;
    @JsonProperty("open")
    private Boolean open;
    @JsonProperty("admin_assignee_id")
    private String adminAssigneeId;
    @JsonProperty("team_assignee_id")
    private String teamAssigneeId;
    @JsonProperty("snoozed_until")
    private Long snoozedUntil;
    @JsonProperty("ticket_type")
    private Map<String, Object> ticketType;
    @JsonProperty("ticket_state")
    private Map<String, Object> ticketState;
    @JsonProperty("contacts")
    private Map<String, Object> contacts;
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

    public Boolean getOpen() {
        return open;
    }

    public void setOpen(Boolean open) {
        this.open = open;
    }

    public String getAdminAssigneeId() {
        return adminAssigneeId;
    }

    public void setAdminAssigneeId(String adminAssigneeId) {
        this.adminAssigneeId = adminAssigneeId;
    }

    public String getTeamAssigneeId() {
        return teamAssigneeId;
    }

    public void setTeamAssigneeId(String teamAssigneeId) {
        this.teamAssigneeId = teamAssigneeId;
    }

    public Long getSnoozedUntil() {
        return snoozedUntil;
    }

    public void setSnoozedUntil(Long snoozedUntil) {
        this.snoozedUntil = snoozedUntil;
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

    public Map<String, Object> getContacts() {
        return contacts;
    }

    public void setContacts(Map<String, Object> contacts) {
        this.contacts = contacts;
    }

    public Map<String, Object> getTicketAttributes() {
        return ticketAttributes;
    }

    public void setTicketAttributes(Map<String, Object> ticketAttributes) {
        this.ticketAttributes = ticketAttributes;
    }
}
