package dev.camelintercom.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A conversation (also the items of conversation lists and searches).
 */
public class Conversation extends TimestampedObject {

    @JsonProperty("title")
    private String title;
    @JsonProperty("state")
    private String state;
    @JsonProperty("open")
    private Boolean open;
    @JsonProperty("read")
    private Boolean read;
    @JsonProperty("priority")
    private String priority;
    @JsonProperty("admin_assignee_id")
    private String adminAssigneeId;
    @JsonProperty("team_assignee_id")
    private String teamAssigneeId;
    @JsonProperty("waiting_since")
    private Long waitingSince;
    @JsonProperty("snoozed_until")
    private Long snoozedUntil;
    @JsonProperty("source")
    private Map<String, Object> source;
    @JsonProperty("contacts")
    private Map<String, Object> contacts;
    @JsonProperty("custom_attributes")
    private Map<String, Object> customAttributes;
    @JsonProperty("conversation_parts")
    private Map<String, Object> conversationParts;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Boolean getOpen() {
        return open;
    }

    public void setOpen(Boolean open) {
        this.open = open;
    }

    public Boolean getRead() {
        return read;
    }

    public void setRead(Boolean read) {
        this.read = read;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
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

    public Long getWaitingSince() {
        return waitingSince;
    }

    public void setWaitingSince(Long waitingSince) {
        this.waitingSince = waitingSince;
    }

    public Long getSnoozedUntil() {
        return snoozedUntil;
    }

    public void setSnoozedUntil(Long snoozedUntil) {
        this.snoozedUntil = snoozedUntil;
    }

    public Map<String, Object> getSource() {
        return source;
    }

    public void setSource(Map<String, Object> source) {
        this.source = source;
    }

    public Map<String, Object> getContacts() {
        return contacts;
    }

    public void setContacts(Map<String, Object> contacts) {
        this.contacts = contacts;
    }

    public Map<String, Object> getCustomAttributes() {
        return customAttributes;
    }

    public void setCustomAttributes(Map<String, Object> customAttributes) {
        this.customAttributes = customAttributes;
    }

    public Map<String, Object> getConversationParts() {
        return conversationParts;
    }

    public void setConversationParts(Map<String, Object> conversationParts) {
        this.conversationParts = conversationParts;
    }
}
