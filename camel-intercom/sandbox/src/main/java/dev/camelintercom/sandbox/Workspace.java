/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelintercom.sandbox.SandboxJson.addToSubList;
import static dev.camelintercom.sandbox.SandboxJson.array;
import static dev.camelintercom.sandbox.SandboxJson.contains;
import static dev.camelintercom.sandbox.SandboxJson.fromMap;
import static dev.camelintercom.sandbox.SandboxJson.mergeObject;
import static dev.camelintercom.sandbox.SandboxJson.number;
import static dev.camelintercom.sandbox.SandboxJson.object;
import static dev.camelintercom.sandbox.SandboxJson.removeFromList;
import static dev.camelintercom.sandbox.SandboxJson.requireText;
import static dev.camelintercom.sandbox.SandboxJson.requireValue;
import static dev.camelintercom.sandbox.SandboxJson.text;

/**
 * The in-memory Intercom workspace behind a sandbox: contacts, companies, conversations with their parts, notes,
 * tickets and ticket types, tags, admins and teams, segments, subscription types and data events. Its methods are the API's own operations without HTTP (no token, rate limit,
 * fault or request record), taking the request body as a map; tests seed and inspect state with them, the HTTP
 * routes call them too. Every result is a copy. Thread-safe: one lock guards all state.
 *
 * <p>A new workspace holds one admin (the token's, see {@link #adminId()}), one team with that admin, one ticket
 * type ({@link #defaultTicketTypeId()}) with the states submitted, in_progress, waiting_on_customer and resolved,
 * the segments "All users" and "All leads" (by role), and the opt-out subscription type "Newsletter".
 */
public final class Workspace {

    private static final Set<String> CONTACT_ROLES = Set.of("user", "lead");
    private static final Set<String> TICKET_CATEGORIES = Set.of("Customer", "Back-office", "Tracker");
    private static final String[][] TICKET_STATES = { { "submitted", "Submitted" }, { "in_progress", "In progress" },
            { "waiting_on_customer", "Waiting on customer" }, { "resolved", "Resolved" } };

    private final Object lock = new Object();
    private final SandboxClock clock;
    private final SandboxOptions options;
    private final long createdAt;
    private final Map<Kind, ObjectStore> stores = new EnumMap<>(Kind.class);
    private final Map<String, Long> counters = new HashMap<>();
    private final String adminId;
    private final String defaultTicketTypeId;
    /** Archived contacts, out of the contact store (so out of list and search) until unarchived. */
    private final Map<String, ObjectNode> archived = new LinkedHashMap<>();
    /** Merged-away contact id to the id of the contact it was merged into. */
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, Predicate<JsonNode>> segmentRules = new HashMap<>();
    private final DataEvents events = new DataEvents();
    private final SandboxWebhooks webhooks;
    private final CompanyScroll companyScroll = new CompanyScroll();

    Workspace(SandboxOptions options) {
        this.options = options;
        this.clock = options.clock();
        this.createdAt = clock.now();
        this.webhooks = new SandboxWebhooks(clock);
        for (Kind kind : Kind.values()) {
            stores.put(kind, new ObjectStore(kind.label(), indexDelay(kind, options),
                    options.indexDelaySeed() == null ? null : new Random(options.indexDelaySeed() + kind.ordinal())));
        }
        adminId = createAdmin("Sandbox Admin", "admin@sandbox.example").get("id").asText();
        createTeam("Support", adminId);
        defaultTicketTypeId = createTicketType("Sandbox request", "Customer").get("id").asText();
        createSegment("All users", contact -> "user".equals(contact.path("role").asText()));
        createSegment("All leads", contact -> "lead".equals(contact.path("role").asText()));
        createSubscriptionType("Newsletter", "opt_out");
    }

    // ---- contacts ------------------------------------------------------------------------------------------------

    /** {@code POST /contacts}: needs one of email, external_id, role; 409 when email or external_id is taken. */
    public ObjectNode createContact(Map<String, ?> fields) {
        return createContact(fromMap(fields));
    }

    ObjectNode createContact(ObjectNode body) {
        if (text(body, "email") == null && text(body, "external_id") == null && text(body, "role") == null) {
            throw SandboxError.invalid("one of email, external_id or role is required");
        }
        return write(() -> {
            ObjectNode contact = Documents.contact(hexId(), now());
            applyContactFields(contact, body);
            return create(Kind.CONTACT, contact);
        });
    }

    /** A contact; 410 {@code contact_merged} for one merged into another. */
    public ObjectNode contact(String id) {
        return read(() -> requireContact(id).deepCopy());
    }

    /** {@code GET /contacts/find_by_external_id/{external_id}}. */
    public ObjectNode contactByExternalId(String externalId) {
        return read(() -> {
            ObjectNode contact = store(Kind.CONTACT).findBy("external_id", externalId);
            if (contact == null) {
                throw SandboxError.notFound(Kind.CONTACT.label());
            }
            return contact.deepCopy();
        });
    }

    /** Every contact, in creation order. */
    public List<ObjectNode> contacts() {
        return all(Kind.CONTACT);
    }

    /** {@code PUT /contacts/{id}}: a partial update of the writable fields. */
    public ObjectNode updateContact(String id, Map<String, ?> fields) {
        return updateContact(id, fromMap(fields));
    }

    ObjectNode updateContact(String id, ObjectNode body) {
        return modify(Kind.CONTACT, id, contact -> applyContactFields(contact, body));
    }

    /** {@code DELETE /contacts/{id}}: answers {@code {type, id, external_id, deleted: true}}. */
    public ObjectNode deleteContact(String id) {
        return write(() -> {
            ObjectNode contact = store(Kind.CONTACT).require(id);
            store(Kind.CONTACT).remove(id, now());
            return Documents.contactReference(contact).put("deleted", true);
        });
    }

    /** {@code POST /contacts/{id}/companies}: answers the company. */
    public ObjectNode attachContactToCompany(String contactId, String companyId) {
        return write(() -> {
            ObjectNode contact = store(Kind.CONTACT).require(contactId);
            ObjectNode company = store(Kind.COMPANY).require(companyId);
            if (addToSubList(contact, "companies", "company", companyId, "/companies/" + companyId)) {
                company.put("user_count", company.get("user_count").asInt() + 1);
                touch(Kind.COMPANY, company);
                touch(Kind.CONTACT, contact);
            }
            return company.deepCopy();
        });
    }

    /** {@code DELETE /contacts/{id}/companies/{company_id}}: answers the company. */
    public ObjectNode detachContactFromCompany(String contactId, String companyId) {
        return write(() -> {
            ObjectNode contact = requireContact(contactId);
            ObjectNode company = store(Kind.COMPANY).require(companyId);
            if (removeFromList((ArrayNode) contact.get("companies").get("data"), companyId)) {
                detachCompany(contact, company);
            }
            return company.deepCopy();
        });
    }

    private void detachCompany(ObjectNode contact, ObjectNode company) {
        ObjectNode list = (ObjectNode) contact.get("companies");
        removeFromList((ArrayNode) list.get("data"), company.get("id").asText());
        list.put("total_count", list.get("data").size());
        company.put("user_count", Math.max(0, company.get("user_count").asInt() - 1));
        touch(Kind.COMPANY, company);
        touch(Kind.CONTACT, contact);
    }

    /** {@code POST /contacts/{id}/tags}: answers the tag. */
    public ObjectNode tagContact(String contactId, String tagId) {
        return setTagged(Kind.CONTACT, contactId, tagId, true);
    }

    /** {@code DELETE /contacts/{id}/tags/{tag_id}}: answers the tag. */
    public ObjectNode untagContact(String contactId, String tagId) {
        return setTagged(Kind.CONTACT, contactId, tagId, false);
    }

    /** {@code GET /contacts/{id}/tags}: the tags themselves. */
    List<ObjectNode> tagsOf(String contactId) {
        return read(() -> referenced(Kind.TAG, requireContact(contactId).get("tags").get("data")));
    }

    /** {@code GET /contacts/{id}/companies}: the companies themselves. */
    List<ObjectNode> companiesOf(String contactId) {
        return read(() -> referenced(Kind.COMPANY, requireContact(contactId).get("companies").get("data")));
    }

    /** {@code GET /companies/{id}/contacts}. */
    List<ObjectNode> contactsOf(String companyId) {
        return read(() -> {
            store(Kind.COMPANY).require(companyId);
            return store(Kind.CONTACT).all().stream().map(ObjectStore.Entry::doc)
                    .filter(c -> contains(c.get("companies").get("data"), companyId)).toList();
        });
    }

    /**
     * {@code POST /contacts/{id}/archive}: the contact leaves list and search (after the index delay) and answers
     * 404 until it is unarchived; answers {@code {type, id, external_id, archived: true}}.
     */
    public ObjectNode archiveContact(String id) {
        return write(() -> {
            ObjectNode contact = requireContact(id);
            store(Kind.CONTACT).remove(id, now());
            archived.put(id, contact);
            return Documents.contactReference(contact).put("archived", true);
        });
    }

    /** {@code POST /contacts/{id}/unarchive}: the contact is back, in list and search too. */
    public ObjectNode unarchiveContact(String id) {
        return write(() -> {
            ObjectNode contact = archived.remove(id);
            if (contact != null) {
                touch(Kind.CONTACT, contact);
            }
            return Documents.contactReference(contact != null ? contact : requireContact(id)).put("archived", false);
        });
    }

    /**
     * {@code POST /contacts/merge}: {@code from} (a lead) into {@code into} (a user). The user gains the lead's tags,
     * companies and the custom attributes it lacks; the lead is gone (410 {@code contact_merged} to a get). Intercom's
     * duplicate check ({@code skip_duplicate_validation}) is not imitated.
     */
    public ObjectNode mergeContacts(Map<String, ?> fields) {
        return mergeContacts(fromMap(fields));
    }

    ObjectNode mergeContacts(ObjectNode body) {
        String fromId = requireText(body, "from");
        String intoId = requireText(body, "into");
        return write(() -> {
            ObjectNode lead = requireContact(fromId);
            ObjectNode user = requireContact(intoId);
            if (!"lead".equals(lead.get("role").asText()) || !"user".equals(user.get("role").asText())) {
                throw new SandboxError(400, "invalid_merge", "from must be a lead and into a user");
            }
            for (JsonNode tag : lead.get("tags").get("data")) {
                setTagged(Kind.CONTACT, intoId, tag.get("id").asText(), true);
            }
            for (JsonNode company : lead.get("companies").deepCopy().get("data")) {
                attachContactToCompany(intoId, company.get("id").asText());
                detachCompany(lead, store(Kind.COMPANY).require(company.get("id").asText()));
            }
            ObjectNode attributes = (ObjectNode) user.get("custom_attributes");
            lead.get("custom_attributes").properties().forEach(a -> attributes.putIfAbsent(a.getKey(), a.getValue()));
            store(Kind.CONTACT).remove(fromId, now());
            mergedInto.put(fromId, intoId);
            return touch(Kind.CONTACT, user);
        });
    }

    /** {@code GET /contacts/{id}/subscriptions}: the opt-out types, none for a contact unsubscribed from emails. */
    List<ObjectNode> subscriptionsOf(String contactId) {
        return read(() -> {
            ObjectNode contact = requireContact(contactId);
            if (contact.get("unsubscribed_from_emails").asBoolean()) {
                return List.of();
            }
            return store(Kind.SUBSCRIPTION_TYPE).all().stream().map(ObjectStore.Entry::doc)
                    .filter(t -> "opt_out".equals(t.get("consent_type").asText())).toList();
        });
    }

    private ObjectNode requireContact(String id) {
        ObjectNode contact = store(Kind.CONTACT).find(id);
        if (contact == null && mergedInto.containsKey(id)) {
            String canonical = mergedInto.get(id);
            throw new SandboxError(410, "contact_merged", "The contact was merged into " + canonical)
                    .header("Link", "</contacts/" + canonical + ">; rel=\"canonical\"");
        }
        return contact == null ? store(Kind.CONTACT).require(id) : contact;
    }

    private void applyContactFields(ObjectNode contact, ObjectNode body) {
        String id = contact.get("id").asText();
        rejectTaken("email", text(body, "email"), id);
        rejectTaken("external_id", text(body, "external_id"), id);
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "role" -> {
                    String role = text(body, "role");
                    if (!CONTACT_ROLES.contains(role)) {
                        throw SandboxError.invalid("role must be user or lead, not " + value);
                    }
                    contact.put("role", role);
                }
                case "email" -> {
                    String email = text(body, "email");
                    if (email == null) {
                        contact.remove(List.of("email", "email_domain"));
                    } else {
                        contact.put("email", email).put("email_domain", email.substring(email.indexOf('@') + 1));
                    }
                }
                case "external_id", "phone", "name", "owner_id", "language_override" -> {
                    if (value.isNull()) {
                        contact.putNull(field.getKey());
                    } else {
                        contact.put(field.getKey(), value.asText());
                    }
                }
                case "avatar" -> contact.set("avatar", value.isNull() ? value
                        : object().put("type", "avatar").put("image_url", value.asText()));
                case "signed_up_at", "last_seen_at" -> contact.put(field.getKey(), number(body, field.getKey()));
                case "unsubscribed_from_emails" -> contact.put("unsubscribed_from_emails", value.asBoolean());
                case "custom_attributes" -> mergeObject(contact, "custom_attributes", value);
                default -> {
                    // other fields are not writable and ignored, as Intercom does
                }
            }
        }
    }

    private void rejectTaken(String field, String value, String ownId) {
        if (value == null) {
            return;
        }
        ObjectNode other = store(Kind.CONTACT).findBy(field, value);
        if (other != null && !other.get("id").asText().equals(ownId)) {
            throw new SandboxError(409, "conflict",
                    "A contact matching those details already exists with id=" + other.get("id").asText());
        }
    }

    // ---- companies -----------------------------------------------------------------------------------------------

    /** {@code POST /companies}: creates, or updates the company with the same {@code company_id}. */
    public ObjectNode createOrUpdateCompany(Map<String, ?> fields) {
        return createOrUpdateCompany(fromMap(fields));
    }

    ObjectNode createOrUpdateCompany(ObjectNode body) {
        return write(() -> {
            String companyId = text(body, "company_id");
            ObjectNode company = companyId == null ? null : store(Kind.COMPANY).findBy("company_id", companyId);
            boolean created = company == null;
            if (created) {
                company = Documents.company(hexId(), now());
                store(Kind.COMPANY).save(company.get("id").asText(), company, now());
            }
            applyCompanyFields(company, body);
            ObjectNode saved = touch(Kind.COMPANY, company);
            if (created) {
                webhooks.created(Kind.COMPANY, company);
            }
            return saved;
        });
    }

    /** {@code GET /companies/{id}}: the company of that Intercom id; 404 {@code SandboxError} when none. */
    public ObjectNode company(String id) {
        return get(Kind.COMPANY, id);
    }

    /** {@code GET /companies?company_id=} or {@code ?name=}: the company, listed or not; 404 when none matches. */
    ObjectNode findCompany(String companyId, String name) {
        return read(() -> {
            if ((companyId == null) == (name == null)) {
                throw SandboxError.invalid("give one of company_id or name");
            }
            ObjectNode company = companyId != null ? store(Kind.COMPANY).findBy("company_id", companyId)
                    : store(Kind.COMPANY).findBy("name", name);
            if (company == null) {
                throw SandboxError.notFound(Kind.COMPANY.label());
            }
            return company.deepCopy();
        });
    }

    /** {@code PUT /companies/{id}}: the writable fields but {@code company_id}, which names it for good. */
    public ObjectNode updateCompany(String id, Map<String, ?> fields) {
        return updateCompany(id, fromMap(fields));
    }

    ObjectNode updateCompany(String id, ObjectNode body) {
        ObjectNode changes = body.deepCopy();
        changes.remove("company_id");
        return modify(Kind.COMPANY, id, company -> applyCompanyFields(company, changes));
    }

    /** {@code DELETE /companies/{id}}: detaches its contacts; answers {@code {id, object: company, deleted: true}}. */
    public ObjectNode deleteCompany(String id) {
        return write(() -> {
            ObjectNode company = store(Kind.COMPANY).require(id);
            for (ObjectStore.Entry contact : store(Kind.CONTACT).all()) {
                if (contains(contact.doc().get("companies").get("data"), id)) {
                    detachCompany(store(Kind.CONTACT).find(contact.doc().get("id").asText()), company);
                }
            }
            store(Kind.COMPANY).remove(id, now());
            return Documents.deleted("company", id);
        });
    }

    /** Every company, in creation order. */
    public List<ObjectNode> companies() {
        return all(Kind.COMPANY);
    }

    private void applyCompanyFields(ObjectNode company, ObjectNode body) {
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "name", "company_id", "website", "industry" -> company.put(field.getKey(), value.asText());
                case "size", "remote_created_at" -> company.put(field.getKey(), number(body, field.getKey()));
                case "monthly_spend" -> company.put("monthly_spend", value.asLong());
                case "plan" -> company.set("plan", object().put("type", "plan").put("id", hexId())
                        .put("name", value.asText()));
                case "custom_attributes" -> mergeObject(company, "custom_attributes", value);
                case "update_last_request_at" -> {
                    if (value.asBoolean()) {
                        company.put("last_request_at", now());
                    }
                }
                default -> {
                    // not writable
                }
            }
        }
    }

    /** Whether list and scroll show the company: Intercom hides companies without contacts. */
    boolean listed(ObjectNode company) {
        return options.listCompaniesWithoutContacts() || company.path("user_count").asInt() > 0;
    }

    /** {@code GET /companies/scroll}: see {@link CompanyScroll}. */
    CompanyScroll.Page scrollCompanies(String scrollParam, int pageSize) {
        return write(() -> companyScroll.next(scrollParam, pageSize, now(),
                () -> store(Kind.COMPANY).all().stream().filter(e -> listed(e.doc())).map(e -> e.doc().get("id").asText())
                        .toList(),
                id -> store(Kind.COMPANY).find(id)));
    }

    // ---- conversations -------------------------------------------------------------------------------------------

    /** A conversation started by a contact with a plain-text message; answers the conversation. */
    public ObjectNode createConversation(String contactId, String body) {
        return createConversation(Map.of("from", Map.of("type", "contact", "id", contactId), "body", body));
    }

    /**
     * {@code POST /conversations} ({@code from: {type, id}}, {@code body}, optional {@code subject},
     * {@code created_at}); answers the conversation, where the API answers the message that opened it.
     */
    public ObjectNode createConversation(Map<String, ?> fields) {
        return createConversation(fromMap(fields));
    }

    /**
     * Seeding only, not what the API does: a conversation as it stands when nobody touched it since it was asked, its
     * {@code updated_at} its {@code created_at} ({@code POST /conversations} stamps the time of the call), so that a
     * seeded backlog is as stale as it is old.
     */
    ObjectNode createUntouchedConversation(Map<String, ?> fields) {
        String id = createConversation(fields).get("id").asText();
        return write(() -> {
            ObjectNode conversation = store(Kind.CONVERSATION).require(id).deepCopy();
            conversation.put("updated_at", conversation.get("created_at").asLong());
            return save(Kind.CONVERSATION, conversation);
        });
    }

    ObjectNode createConversation(ObjectNode body) {
        JsonNode from = body.get("from");
        if (from == null || !from.isObject()) {
            throw SandboxError.missing("from");
        }
        if (!Set.of("user", "lead", "contact").contains(requireText(from, "type"))) {
            throw SandboxError.invalid("from.type must be user, lead or contact");
        }
        String contactId = requireText(from, "id");
        String text = requireText(body, "body");
        return write(() -> {
            ObjectNode contact = store(Kind.CONTACT).require(contactId);
            return create(Kind.CONVERSATION,
                    newConversation("customer_initiated", text(body, "subject"), text, contact, contact,
                            number(body, "created_at")));
        });
    }

    /** {@code GET /conversations/{id}}: the conversation with its parts; 404 {@code SandboxError} when none. */
    public ObjectNode conversation(String id) {
        return get(Kind.CONVERSATION, id);
    }

    /** Every conversation, in creation order. */
    public List<ObjectNode> conversations() {
        return all(Kind.CONVERSATION);
    }

    /** {@code PUT /conversations/{id}}: {@code read}, {@code custom_attributes} (merged), {@code company_id}. */
    public ObjectNode updateConversation(String id, Map<String, ?> fields) {
        return updateConversation(id, fromMap(fields));
    }

    ObjectNode updateConversation(String id, ObjectNode body) {
        return modify(Kind.CONVERSATION, id, conversation -> {
            if (body.has("read")) {
                conversation.put("read", body.get("read").asBoolean());
            }
            if (body.has("custom_attributes")) {
                mergeObject(conversation, "custom_attributes", body.get("custom_attributes"));
            }
            String companyId = text(body, "company_id");
            if (companyId != null) {
                conversation.set("company", store(Kind.COMPANY).require(companyId).deepCopy());
            }
        });
    }

    /**
     * {@code POST /conversations/{id}/reply}: an admin's comment, note or quick reply ({@code type: admin},
     * {@code admin_id}), or a contact's comment ({@code type: user} and one of {@code intercom_user_id},
     * {@code user_id}, {@code email}), which reopens a closed or snoozed conversation.
     */
    public ObjectNode replyToConversation(String id, Map<String, ?> fields) {
        return replyToConversation(id, fromMap(fields));
    }

    ObjectNode replyToConversation(String id, ObjectNode body) {
        return modify(Kind.CONVERSATION, id, conversation -> {
            Reply reply = reply(body);
            addPart(conversation, reply.partType(), reply.html(), reply.author(), null);
            if (reply.byContact()) {
                setState(conversation, "open", null);
                if (conversation.get("waiting_since").isNull()) {
                    conversation.put("waiting_since", now());
                }
            } else if ("comment".equals(reply.partType())) {
                conversation.putNull("waiting_since");
            }
        });
    }

    /** A reply to a conversation or a ticket: its part type, HTML body (null for a bare quick reply) and author. */
    private record Reply(String partType, String html, ObjectNode author, boolean byContact) {
    }

    private Reply reply(ObjectNode body) {
        String messageType = requireText(body, "message_type");
        String type = requireText(body, "type");
        if ("admin".equals(type)) {
            ObjectNode admin = store(Kind.ADMIN).require(requireText(body, "admin_id"));
            if (!Set.of("comment", "note", "quick_reply").contains(messageType)) {
                throw SandboxError.invalid("message_type of an admin reply must be comment, note or quick_reply");
            }
            String text = "quick_reply".equals(messageType) ? text(body, "body") : requireText(body, "body");
            return new Reply(messageType, text == null ? null : html(text), Documents.author(admin), false);
        }
        if ("user".equals(type)) {
            if (!"comment".equals(messageType)) {
                throw SandboxError.invalid("message_type of a contact reply must be comment");
            }
            ObjectNode contact = requiredContact(body, "intercom_user_id", "user_id", "email");
            return new Reply("comment", html(requireText(body, "body")), Documents.author(contact), true);
        }
        throw SandboxError.invalid("type must be admin or user");
    }

    /** The contact {@code body} names under one of these fields (null: not that way); 400 when it names none. */
    private ObjectNode requiredContact(JsonNode body, String idField, String externalIdField, String emailField) {
        ObjectNode contact = identifiedContact(body, idField, externalIdField, emailField, false);
        if (contact == null) {
            throw SandboxError.missing(Stream.of(idField, externalIdField, emailField).filter(Objects::nonNull)
                    .collect(Collectors.joining(" or ")));
        }
        return contact;
    }

    /**
     * The contact that {@code body} names by Intercom id, external id ({@code user_id}) or email, under the given
     * field names; null when it names none. An unknown email creates a lead when {@code leadForNewEmail}.
     */
    private ObjectNode identifiedContact(JsonNode body, String idField, String externalIdField, String emailField,
            boolean leadForNewEmail) {
        String[][] keys = { { idField, "id" }, { externalIdField, "external_id" }, { emailField, "email" } };
        for (String[] key : keys) {
            String value = text(body, key[0]);
            if (value == null) {
                continue;
            }
            ObjectNode contact = "id".equals(key[1]) ? store(Kind.CONTACT).find(value)
                    : store(Kind.CONTACT).findBy(key[1], value);
            if (contact != null) {
                return contact;
            }
            if (leadForNewEmail && "email".equals(key[1])) {
                ObjectNode lead = Documents.contact(hexId(), now());
                applyContactFields(lead, object().put("role", "lead").put("email", value));
                create(Kind.CONTACT, lead);
                return lead;
            }
            throw SandboxError.notFound(Kind.CONTACT.label());
        }
        return null;
    }

    /**
     * {@code POST /conversations/{id}/parts}: {@code message_type} close ({@code type: admin}), snoozed
     * ({@code snoozed_until}), open, or assignment ({@code type} admin or team, {@code assignee_id}, "0" unassigns);
     * each with the acting {@code admin_id}.
     */
    public ObjectNode manageConversation(String id, Map<String, ?> fields) {
        return manageConversation(id, fromMap(fields));
    }

    ObjectNode manageConversation(String id, ObjectNode body) {
        return modify(Kind.CONVERSATION, id, conversation -> {
            String messageType = requireText(body, "message_type");
            ObjectNode admin = store(Kind.ADMIN).require(requireText(body, "admin_id"));
            String note = text(body, "body");
            switch (messageType) {
                case "close" -> {
                    requireValue(body, "type", "admin");
                    setState(conversation, "closed", null);
                    addPart(conversation, "close", note == null ? null : html(note), Documents.author(admin), null);
                }
                case "snoozed" -> {
                    Long until = number(body, "snoozed_until");
                    if (until == null) {
                        throw SandboxError.missing("snoozed_until");
                    }
                    setState(conversation, "snoozed", until);
                    addPart(conversation, "snoozed", null, Documents.author(admin), null);
                }
                case "open" -> {
                    setState(conversation, "open", null);
                    addPart(conversation, "open", null, Documents.author(admin), null);
                }
                case "assignment" -> assign(conversation, body, admin, note);
                default -> throw SandboxError.invalid("message_type must be close, snoozed, open or assignment");
            }
        });
    }

    /** Closes a conversation as the workspace's admin. */
    public ObjectNode closeConversation(String id) {
        return manageConversation(id, Map.of("message_type", "close", "type", "admin", "admin_id", adminId));
    }

    /** Reopens a conversation as the workspace's admin. */
    public ObjectNode openConversation(String id) {
        return manageConversation(id, Map.of("message_type", "open", "admin_id", adminId));
    }

    /** {@code POST /conversations/{id}/tags}: answers the tag. */
    public ObjectNode tagConversation(String conversationId, String tagId) {
        return setTagged(Kind.CONVERSATION, conversationId, tagId, true);
    }

    /** {@code DELETE /conversations/{id}/tags/{tag_id}}: answers the tag. */
    public ObjectNode untagConversation(String conversationId, String tagId) {
        return setTagged(Kind.CONVERSATION, conversationId, tagId, false);
    }

    /**
     * {@code POST /conversations/{id}/customers}: {@code admin_id} and {@code customer} ({@code intercom_user_id},
     * {@code user_id} or {@code email}; an unknown email creates a lead) joins the conversation.
     */
    public ObjectNode attachContactToConversation(String id, Map<String, ?> fields) {
        return attachContactToConversation(id, fromMap(fields));
    }

    ObjectNode attachContactToConversation(String id, ObjectNode body) {
        return modify(Kind.CONVERSATION, id, conversation -> {
            ObjectNode admin = store(Kind.ADMIN).require(requireText(body, "admin_id"));
            ObjectNode contact = identifiedContact(body.path("customer"), "intercom_user_id", "user_id", "email", true);
            if (contact == null) {
                throw SandboxError.missing("customer");
            }
            ArrayNode contacts = (ArrayNode) conversation.get("contacts").get("contacts");
            if (!contains(contacts, contact.get("id").asText())) {
                contacts.add(Documents.contactReference(contact));
                addPart(conversation, "participant_added", null, Documents.author(admin), null);
            }
        });
    }

    /** {@code DELETE /conversations/{id}/customers/{contact_id}} with the acting {@code admin_id}. */
    public ObjectNode detachContactFromConversation(String id, String contactId, Map<String, ?> fields) {
        return detachContactFromConversation(id, contactId, fromMap(fields));
    }

    ObjectNode detachContactFromConversation(String id, String contactId, ObjectNode body) {
        return modify(Kind.CONVERSATION, id, conversation -> {
            ObjectNode admin = store(Kind.ADMIN).require(requireText(body, "admin_id"));
            if (!removeFromList((ArrayNode) conversation.get("contacts").get("contacts"), contactId)) {
                throw SandboxError.notFound(Kind.CONTACT.label());
            }
            addPart(conversation, "participant_removed", null, Documents.author(admin), null);
        });
    }

    /**
     * {@code POST /conversations/{id}/convert}: {@code ticket_type_id}, optional {@code attributes}; a ticket of
     * that type for the conversation's first contact. The conversation stays as it is.
     */
    public ObjectNode convertToTicket(String conversationId, Map<String, ?> fields) {
        return convertToTicket(conversationId, fromMap(fields));
    }

    ObjectNode convertToTicket(String conversationId, ObjectNode body) {
        String typeId = requireText(body, "ticket_type_id");
        return write(() -> {
            JsonNode contacts = store(Kind.CONVERSATION).require(conversationId).get("contacts").get("contacts");
            if (contacts.isEmpty()) {
                throw SandboxError.invalid("the conversation has no contact to raise the ticket for");
            }
            ObjectNode ticket = object().put("ticket_type_id", typeId);
            ticket.putArray("contacts").addObject().put("id", contacts.get(0).get("id").asText());
            ticket.set("ticket_attributes", body.has("attributes") ? body.get("attributes") : object());
            return createTicket(ticket);
        });
    }

    /**
     * {@code POST /conversations/redact}: {@code type} conversation_part ({@code conversation_part_id}) or source
     * ({@code source_id}) of {@code conversation_id}; the body becomes Intercom's deletion notice.
     */
    public ObjectNode redact(Map<String, ?> fields) {
        return redact(fromMap(fields));
    }

    ObjectNode redact(ObjectNode body) {
        String type = requireText(body, "type");
        return modify(Kind.CONVERSATION, requireText(body, "conversation_id"), conversation -> {
            ObjectNode target = switch (type) {
                case "conversation_part" -> {
                    String partId = requireText(body, "conversation_part_id");
                    ObjectNode found = null;
                    for (JsonNode part : conversation.get("conversation_parts").get("conversation_parts")) {
                        found = partId.equals(part.get("id").asText()) ? (ObjectNode) part : found;
                    }
                    yield found;
                }
                case "source" -> requireText(body, "source_id").equals(conversation.get("source").get("id").asText())
                        ? (ObjectNode) conversation.get("source") : null;
                default -> throw SandboxError.invalid("type must be conversation_part or source");
            };
            if (target == null) {
                throw SandboxError.notFound("Conversation Part");
            }
            target.put("body", "<p><i>This message was deleted</i></p>").put("redacted", true);
        });
    }

    /**
     * {@code POST /messages}: an admin's ({@code from: {type: admin, id}}) {@code in_app} or {@code email} message
     * ({@code subject}, {@code body}) to a contact ({@code to: {type, id}}, or {@code user_id} or {@code email});
     * opens a conversation as Intercom does and answers the {@code admin_message}. No email is sent.
     */
    public ObjectNode createMessage(Map<String, ?> fields) {
        return createMessage(fromMap(fields));
    }

    ObjectNode createMessage(ObjectNode body) {
        String messageType = requireText(body, "message_type");
        if (!Set.of("in_app", "email").contains(messageType)) {
            throw SandboxError.invalid("message_type must be in_app or email");
        }
        String text = requireText(body, "body");
        String subject = text(body, "subject");
        if ("email".equals(messageType) && subject == null) {
            throw new SandboxError(422, "parameter_not_found", "No subject supplied for email message");
        }
        JsonNode from = body.path("from");
        requireValue(from, "type", "admin");
        return write(() -> {
            ObjectNode admin = store(Kind.ADMIN).require(requireText(from, "id"));
            ObjectNode contact = requiredContact(body.path("to"), "id", "user_id", "email");
            ObjectNode conversation = newConversation("admin_initiated", subject, text, admin, contact, null);
            conversation.putNull("waiting_since");
            create(Kind.CONVERSATION, conversation);
            ObjectNode message = Documents.message("admin_message", "email".equals(messageType) ? "email" : "inapp",
                    conversation, text);
            return message.set("owner", admin.deepCopy());
        });
    }

    /**
     * A conversation with {@code contact}, opened by a message of {@code author} (the contact or an admin), created at
     * {@code createdAt} (an import keeps its original time) or now; not saved yet.
     */
    private ObjectNode newConversation(String deliveredAs, String subject, String text, ObjectNode author,
            ObjectNode contact, Long createdAt) {
        ObjectNode source = Documents.source(numericId("message", 300_000_001L), deliveredAs, subject, html(text),
                Documents.author(author));
        long now = now();
        return Documents.conversation(numericId("conversation", 100_001L), createdAt == null ? now : createdAt, now, source,
                Documents.contactReference(contact));
    }

    private void assign(ObjectNode conversation, ObjectNode body, ObjectNode admin, String note) {
        String type = requireText(body, "type");
        String assignee = requireText(body, "assignee_id");
        Kind kind = switch (type) {
            case "admin" -> Kind.ADMIN;
            case "team" -> Kind.TEAM;
            default -> throw SandboxError.invalid("type of an assignment must be admin or team");
        };
        ObjectNode assignedTo = null;
        if (!"0".equals(assignee)) {
            store(kind).require(assignee);
            assignedTo = object().put("type", type).put("id", assignee);
        }
        conversation.put(type + "_assignee_id", Long.parseLong(assignee));
        addPart(conversation, "assignment", note == null ? null : html(note), Documents.author(admin), assignedTo);
    }

    private void setState(ObjectNode conversation, String state, Long snoozedUntil) {
        conversation.put("state", state).put("open", !"closed".equals(state));
        if (snoozedUntil == null) {
            conversation.putNull("snoozed_until");
        } else {
            conversation.put("snoozed_until", snoozedUntil);
        }
    }

    private void addPart(ObjectNode conversation, String partType, String body, ObjectNode author, ObjectNode assignedTo) {
        appendPart(conversation, "conversation_parts",
                Documents.conversationPart(numericId("part", 200_000_001L), partType, body, now(), author, assignedTo));
    }

    /** Adds a part to the {@code {conversation_parts}} or {@code {ticket_parts}} list of its owner, with the count. */
    private static void appendPart(ObjectNode owner, String listField, ObjectNode part) {
        ObjectNode parts = (ObjectNode) owner.get(listField);
        ((ArrayNode) parts.get(listField)).add(part);
        parts.put("total_count", parts.get(listField).size());
    }

    // ---- notes ---------------------------------------------------------------------------------------------------

    /**
     * {@code POST /contacts/{id}/notes}: {@code body}, optional {@code admin_id} (else the workspace's admin);
     * answers the note, its body as HTML.
     */
    public ObjectNode createNote(String contactId, Map<String, ?> fields) {
        return createNote(Kind.CONTACT, contactId, fromMap(fields));
    }

    /** {@code POST /companies/{id}/notes}, as for a contact. */
    public ObjectNode createCompanyNote(String companyId, Map<String, ?> fields) {
        return createNote(Kind.COMPANY, companyId, fromMap(fields));
    }

    ObjectNode createNote(Kind ownerKind, String ownerId, ObjectNode body) {
        String text = requireText(body, "body");
        String authorId = text(body, "admin_id");
        return write(() -> {
            ObjectNode owner = store(ownerKind).require(ownerId);
            ObjectNode admin = store(Kind.ADMIN).require(authorId == null ? adminId : authorId);
            return create(Kind.NOTE, Documents.note(numericId("note", 1L), now(), owner, admin, html(text)));
        });
    }

    /** {@code GET /notes/{id}}: the note; 404 {@code SandboxError} when none. */
    public ObjectNode note(String id) {
        return get(Kind.NOTE, id);
    }

    /** Every note, in creation order. */
    public List<ObjectNode> notes() {
        return all(Kind.NOTE);
    }

    /** {@code GET /contacts/{id}/notes} and {@code GET /companies/{id}/notes}: the owner's notes, newest first. */
    List<ObjectNode> notesOf(Kind ownerKind, String ownerId) {
        return read(() -> {
            String ownerType = store(ownerKind).require(ownerId).get("type").asText();
            List<ObjectNode> notes = new ArrayList<>();
            for (ObjectStore.Entry entry : store(Kind.NOTE).all()) {
                if (ownerId.equals(entry.doc().path(ownerType).path("id").asText())) {
                    notes.add(0, entry.doc());
                }
            }
            return notes;
        });
    }

    // ---- tickets -------------------------------------------------------------------------------------------------

    /** A ticket of the default type for a contact, with a title. */
    public ObjectNode createTicket(String contactId, String title) {
        return createTicket(Map.of("ticket_type_id", defaultTicketTypeId, "contacts", List.of(Map.of("id", contactId)),
                "ticket_attributes", Map.of("_default_title_", title)));
    }

    /**
     * {@code POST /tickets}: {@code ticket_type_id}, {@code contacts} (one of {@code {id}}, {@code {external_id}},
     * {@code {email}}; an unknown email creates a lead), optional {@code ticket_attributes}, {@code created_at},
     * {@code assignment}.
     */
    public ObjectNode createTicket(Map<String, ?> fields) {
        return createTicket(fromMap(fields));
    }

    ObjectNode createTicket(ObjectNode body) {
        String typeId = requireText(body, "ticket_type_id");
        JsonNode contacts = body.get("contacts");
        if (contacts == null || !contacts.isArray() || contacts.size() != 1) {
            throw SandboxError.invalid("contacts must hold exactly one contact reference");
        }
        return write(() -> {
            ObjectNode type = store(Kind.TICKET_TYPE).require(typeId);
            ObjectNode contact = identifiedContact(contacts.get(0), "id", "external_id", "email", true);
            if (contact == null) {
                throw SandboxError.invalid("a ticket contact needs id, external_id or email");
            }
            long now = now();
            Long createdAt = number(body, "created_at");
            ObjectNode state = (ObjectNode) type.get("ticket_states").get("data").get(0).deepCopy();
            ObjectNode ticket = Documents.ticket(numericId("ticket", 400_001L), numericId("ticket_number", 1L),
                    type.deepCopy(), state, Documents.contactReference(contact), createdAt == null ? now : createdAt, now);
            if (body.has("ticket_attributes")) {
                mergeObject(ticket, "ticket_attributes", body.get("ticket_attributes"));
            }
            JsonNode assignment = body.path("assignment");
            assignTicket(ticket, text(assignment, "admin_assignee_id"), Kind.ADMIN);
            assignTicket(ticket, text(assignment, "team_assignee_id"), Kind.TEAM);
            return create(Kind.TICKET, ticket);
        });
    }

    /** {@code GET /tickets/{id}}: the ticket; 404 {@code SandboxError} when none. */
    public ObjectNode ticket(String id) {
        return get(Kind.TICKET, id);
    }

    /** Every ticket, in creation order. */
    public List<ObjectNode> tickets() {
        return all(Kind.TICKET);
    }

    /**
     * {@code PUT /tickets/{id}}: {@code ticket_state_id} (a state of the ticket's type), {@code open},
     * {@code is_shared}, {@code snoozed_until}, {@code ticket_attributes} (merged), {@code assignee_id} (an admin or
     * team id; "0" unassigns) and the acting {@code admin_id}.
     */
    public ObjectNode updateTicket(String id, Map<String, ?> fields) {
        return updateTicket(id, fromMap(fields));
    }

    ObjectNode updateTicket(String id, ObjectNode body) {
        return modify(Kind.TICKET, id, ticket -> {
            String actingAdmin = body.hasNonNull("admin_id") ? body.get("admin_id").asText() : adminId;
            ObjectNode admin = store(Kind.ADMIN).require(actingAdmin);
            String stateId = text(body, "ticket_state_id");
            if (stateId != null) {
                changeTicketState(ticket, stateId, admin);
            }
            for (String flag : new String[] { "open", "is_shared" }) {
                if (body.has(flag)) {
                    ticket.put(flag, body.get(flag).asBoolean());
                }
            }
            Long snoozedUntil = number(body, "snoozed_until");
            if (snoozedUntil != null) {
                ticket.put("snoozed_until", snoozedUntil);
            }
            if (body.has("ticket_attributes")) {
                mergeObject(ticket, "ticket_attributes", body.get("ticket_attributes"));
            }
            String assignee = text(body, "assignee_id");
            if ("0".equals(assignee)) {
                ticket.put("admin_assignee_id", 0).put("team_assignee_id", 0);
            } else if (assignee != null) {
                assignTicket(ticket, assignee, store(Kind.ADMIN).find(assignee) != null ? Kind.ADMIN : Kind.TEAM);
            }
        });
    }

    /** {@code DELETE /tickets/{id}}: for good; answers {@code {id, object: ticket, deleted: true}}. */
    public ObjectNode deleteTicket(String id) {
        return write(() -> {
            store(Kind.TICKET).require(id);
            store(Kind.TICKET).remove(id, now());
            return Documents.deleted("ticket", id);
        });
    }

    /** {@code POST /tickets/{id}/reply}: as a conversation reply; answers the new ticket part. */
    public ObjectNode replyToTicket(String id, Map<String, ?> fields) {
        return replyToTicket(id, fromMap(fields));
    }

    ObjectNode replyToTicket(String id, ObjectNode body) {
        return write(() -> {
            ObjectNode ticket = store(Kind.TICKET).require(id);
            Reply reply = reply(body);
            ObjectNode part = Documents.ticketReply(numericId("ticket_part", 700_001L), reply.partType(), reply.html(),
                    now(), reply.author());
            appendPart(ticket, "ticket_parts", part);
            touch(Kind.TICKET, ticket);
            return part.deepCopy();
        });
    }

    /** {@code POST /tickets/{id}/tags}: answers the tag. */
    public ObjectNode tagTicket(String ticketId, String tagId) {
        return setTagged(Kind.TICKET, ticketId, tagId, true);
    }

    /** {@code DELETE /tickets/{id}/tags/{tag_id}}: answers the tag. */
    public ObjectNode untagTicket(String ticketId, String tagId) {
        return setTagged(Kind.TICKET, ticketId, tagId, false);
    }

    /** The ticket type of a new workspace, with the states submitted, in_progress, waiting_on_customer, resolved. */
    public String defaultTicketTypeId() {
        return defaultTicketTypeId;
    }

    /** {@code GET /ticket_types}: every ticket type. */
    public List<ObjectNode> ticketTypes() {
        return all(Kind.TICKET_TYPE);
    }

    /** A ticket type (category Customer, Back-office or Tracker) with the four standard states. */
    public ObjectNode createTicketType(String name, String category) {
        if (!TICKET_CATEGORIES.contains(category)) {
            throw SandboxError.invalid("category must be one of " + TICKET_CATEGORIES);
        }
        return write(() -> {
            ArrayNode states = array();
            for (String[] state : TICKET_STATES) {
                states.add(Documents.ticketState(numericId("ticket_state", 610_001L), state[0], state[1]));
            }
            return create(Kind.TICKET_TYPE,
                    Documents.ticketType(numericId("ticket_type", 600_001L), name, category, states, now()));
        });
    }

    private void changeTicketState(ObjectNode ticket, String stateId, ObjectNode admin) {
        for (JsonNode state : ticket.get("ticket_type").get("ticket_states").get("data")) {
            if (stateId.equals(state.get("id").asText())) {
                ObjectNode previous = (ObjectNode) ticket.get("ticket_state");
                ticket.put("previous_ticket_state_id", previous.get("id").asText());
                ticket.set("ticket_state", state.deepCopy());
                appendPart(ticket, "ticket_parts", Documents.ticketPart(numericId("ticket_part", 700_001L),
                        "ticket_state_updated_by_admin", previous.get("category").asText(), state.get("category").asText(),
                        now(), Documents.author(admin)));
                return;
            }
        }
        throw SandboxError.invalid("ticket_state_id " + stateId + " is not a state of this ticket's type");
    }

    private void assignTicket(ObjectNode ticket, String assigneeId, Kind kind) {
        if (assigneeId != null) {
            store(kind).require(assigneeId);
            ticket.put(kind == Kind.ADMIN ? "admin_assignee_id" : "team_assignee_id", Long.parseLong(assigneeId));
        }
    }

    // ---- tags, admins, teams -------------------------------------------------------------------------------------

    /** A tag with this name, or the existing one. */
    public ObjectNode createTag(String name) {
        return createOrUpdateTag(Map.of("name", name));
    }

    /**
     * {@code POST /tags}: {@code name} creates (or finds) a tag, {@code name} + {@code id} renames one, {@code name} +
     * {@code users: [{id}]} also tags those contacts, {@code name} + {@code companies: [{id} or {company_id}]} those
     * companies ({@code untag: true} on an item removes the tag instead).
     */
    public ObjectNode createOrUpdateTag(Map<String, ?> fields) {
        return createOrUpdateTag(fromMap(fields));
    }

    ObjectNode createOrUpdateTag(ObjectNode body) {
        String name = requireText(body, "name");
        return write(() -> {
            String id = text(body, "id");
            ObjectNode tag = id == null ? store(Kind.TAG).findBy("name", name) : store(Kind.TAG).require(id);
            if (tag == null) {
                tag = Documents.tag(numericId("tag", 500_001L), name);
            }
            tag.put("name", name);
            save(Kind.TAG, tag);
            for (JsonNode user : body.path("users")) {
                tagContact(requireText(user, "id"), tag.get("id").asText());
            }
            for (JsonNode item : body.path("companies")) {
                String companyId = text(item, "id");
                ObjectNode company = companyId != null ? store(Kind.COMPANY).require(companyId)
                        : store(Kind.COMPANY).findBy("company_id", requireText(item, "company_id"));
                if (company == null) {
                    throw SandboxError.notFound(Kind.COMPANY.label());
                }
                setTagged(Kind.COMPANY, company.get("id").asText(), tag.get("id").asText(),
                        !item.path("untag").asBoolean(false));
            }
            return tag.deepCopy();
        });
    }

    /** {@code GET /tags}: every tag. */
    public List<ObjectNode> tags() {
        return all(Kind.TAG);
    }

    /** {@code DELETE /tags/{id}}: removes the tag from everything it was on; answers nothing. */
    public void deleteTag(String id) {
        write(() -> {
            store(Kind.TAG).require(id);
            for (Kind kind : new Kind[] { Kind.CONTACT, Kind.COMPANY, Kind.CONVERSATION, Kind.TICKET }) {
                for (ObjectStore.Entry entry : store(kind).all()) {
                    if (contains(tagItems(kind, entry.doc()), id)) {
                        setTagged(kind, entry.doc().get("id").asText(), id, false);
                    }
                }
            }
            store(Kind.TAG).remove(id, now());
            return null;
        });
    }

    /**
     * Puts a tag on, or takes it off, a contact, company, conversation or ticket, in the shape each embeds its tags
     * (references in a contact's sub-list; the tag in a company; the tag with {@code applied_at} and
     * {@code applied_by} in a conversation or ticket); answers the tag.
     */
    private ObjectNode setTagged(Kind kind, String ownerId, String tagId, boolean tagged) {
        return write(() -> {
            ObjectNode owner = kind == Kind.CONTACT ? requireContact(ownerId) : store(kind).require(ownerId);
            ObjectNode tag = store(Kind.TAG).require(tagId);
            ArrayNode items = tagItems(kind, owner);
            boolean changed = tagged ? !contains(items, tagId) : removeFromList(items, tagId);
            if (tagged && changed) {
                items.add(switch (kind) {
                    case CONTACT -> object().put("type", "tag").put("id", tagId).put("url", "/tags/" + tagId);
                    case COMPANY -> tag.deepCopy();
                    default -> {
                        ObjectNode applied = tag.deepCopy().put("applied_at", now());
                        applied.putObject("applied_by").put("type", "admin").put("id", adminId);
                        yield applied;
                    }
                });
            }
            if (changed) {
                if (kind == Kind.CONTACT) {
                    ((ObjectNode) owner.get("tags")).put("total_count", items.size());
                }
                touch(kind, owner);
            }
            return tag.deepCopy();
        });
    }

    private static ArrayNode tagItems(Kind kind, ObjectNode owner) {
        return (ArrayNode) owner.get("tags").get(kind == Kind.CONTACT ? "data" : "tags");
    }

    /** The id of the token's admin: {@code GET /me}, and the author of the workspace's own actions. */
    public String adminId() {
        return adminId;
    }

    /** A new admin (not a team member), answered as {@code GET /admins/{id}} would. */
    public ObjectNode createAdmin(String name, String email) {
        return write(() -> create(Kind.ADMIN, Documents.admin(numericId("admin", 900_001L), name, email)));
    }

    /** {@code GET /admins}: every admin, in creation order (the token's first). */
    public List<ObjectNode> admins() {
        return all(Kind.ADMIN);
    }

    /**
     * {@code PUT /admins/{id}/away}: {@code away_mode_enabled}, {@code away_mode_reassign}, optional
     * {@code away_status_reason_id}; answers the admin.
     */
    public ObjectNode setAway(String adminId, Map<String, ?> fields) {
        return setAway(adminId, fromMap(fields));
    }

    ObjectNode setAway(String id, ObjectNode body) {
        return modify(Kind.ADMIN, id, admin -> {
            for (String flag : new String[] { "away_mode_enabled", "away_mode_reassign" }) {
                if (!body.path(flag).isBoolean()) {
                    throw SandboxError.invalid(flag + " must be true or false");
                }
                admin.put(flag, body.get(flag).asBoolean());
            }
            Long reason = number(body, "away_status_reason_id");
            if (reason != null) {
                admin.put("away_status_reason_id", reason);
            }
        });
    }

    /** A team with these admins as members. */
    public ObjectNode createTeam(String name, String... adminIds) {
        return write(() -> {
            ObjectNode team = Documents.team(numericId("team", 800_001L), name);
            for (String id : adminIds) {
                ObjectNode admin = store(Kind.ADMIN).require(id);
                ((ArrayNode) team.get("admin_ids")).add(Long.parseLong(id));
                ((ArrayNode) admin.get("team_ids")).add(Long.parseLong(team.get("id").asText()));
                touch(Kind.ADMIN, admin);
            }
            return create(Kind.TEAM, team);
        });
    }

    /** {@code GET /teams}: every team, in creation order ("Support" first). */
    public List<ObjectNode> teams() {
        return all(Kind.TEAM);
    }

    // ---- segments, subscription types, data events ---------------------------------------------------------------

    /**
     * A segment whose members are the contacts (and companies) that {@code rule} accepts, as they are when read:
     * {@code GET /contacts/{id}/segments} and {@code GET /companies/{id}/segments} apply it, {@code count} counts the
     * contacts it accepts.
     */
    public ObjectNode createSegment(String name, Predicate<JsonNode> rule) {
        return write(() -> {
            ObjectNode segment = create(Kind.SEGMENT, Documents.segment(numericId("segment", 1_001L), name, now()));
            segmentRules.put(segment.get("id").asText(), rule);
            return counted(segment);
        });
    }

    /** Every segment, with its count. */
    public List<ObjectNode> segments() {
        return read(() -> all(Kind.SEGMENT).stream().map(this::counted).toList());
    }

    ObjectNode segment(String id) {
        return read(() -> counted(store(Kind.SEGMENT).require(id).deepCopy()));
    }

    /** The segments that accept a contact or a company. */
    List<ObjectNode> segmentsOf(Kind kind, String id) {
        return read(() -> {
            ObjectNode member = kind == Kind.CONTACT ? requireContact(id) : store(kind).require(id);
            return segments().stream().filter(s -> segmentRules.get(s.get("id").asText()).test(member)).toList();
        });
    }

    private ObjectNode counted(ObjectNode segment) {
        Predicate<JsonNode> rule = segmentRules.get(segment.get("id").asText());
        return segment.put("count", store(Kind.CONTACT).all().stream().filter(e -> rule.test(e.doc())).count());
    }

    /** A live subscription type for email, {@code opt_in} or {@code opt_out}. */
    public ObjectNode createSubscriptionType(String name, String consentType) {
        if (!Set.of("opt_in", "opt_out").contains(consentType)) {
            throw SandboxError.invalid("consent_type must be opt_in or opt_out");
        }
        return write(() -> create(Kind.SUBSCRIPTION_TYPE,
                Documents.subscriptionType(numericId("subscription_type", 1L), name, consentType)));
    }

    /** {@code GET /subscription_types}: every subscription type. */
    public List<ObjectNode> subscriptionTypes() {
        return all(Kind.SUBSCRIPTION_TYPE);
    }

    /**
     * {@code POST /events}: {@code event_name}, {@code created_at}, the contact by {@code id}, {@code user_id} or
     * {@code email}, optional {@code metadata}. A repeat of the same contact, name and second is dropped, as Intercom
     * does.
     */
    public void createEvent(Map<String, ?> fields) {
        createEvent(fromMap(fields));
    }

    void createEvent(ObjectNode body) {
        write(() -> {
            events.record(requiredContact(body, "id", "user_id", "email"), body);
            return null;
        });
    }

    /** Every data event, in creation order. */
    public List<ObjectNode> events() {
        return read(events::all);
    }

    /**
     * {@code GET /events?type=user} with {@code intercom_user_id}, {@code user_id} or {@code email}: the contact's
     * events, newest first, or with {@code summary=true} one {@code {name, first, last, count}} per event name (the
     * counts of {@code POST /events/summaries} added).
     */
    ObjectNode listEvents(Map<String, String> query) {
        if (!"user".equals(query.get("type"))) {
            throw SandboxError.invalid("type must be user");
        }
        JsonNode params = SandboxJson.MAPPER.valueToTree(query);
        return read(() -> events.answer(requiredContact(params, "intercom_user_id", "user_id", "email"),
                "true".equals(query.get("summary"))));
    }

    /**
     * {@code POST /events/summaries}: {@code user_id} (the contact's external id) and {@code event_summaries}, one
     * {@code {event_name, count, first, last}} or a list of them, added to what {@code summary=true} lists.
     */
    public void createEventSummaries(Map<String, ?> fields) {
        createEventSummaries(fromMap(fields));
    }

    void createEventSummaries(ObjectNode body) {
        write(() -> {
            events.addSummaries(requiredContact(body, null, "user_id", null), body.get("event_summaries"));
            return null;
        });
    }

    /** {@code GET /me}: the token's admin and the workspace, with its time zone. */
    ObjectNode me() {
        return read(() -> Documents.me(store(Kind.ADMIN).require(adminId), options.timeZone().getId(), createdAt));
    }

    // ---- reads for the HTTP routes -------------------------------------------------------------------------------

    /** Copies of every object of a kind, in creation order. */
    List<ObjectStore.Entry> list(Kind kind) {
        return read(() -> store(kind).all());
    }

    /** What search sees now (read-only documents), in creation order. */
    List<ObjectStore.Entry> indexed(Kind kind) {
        return read(() -> store(kind).indexed(now()));
    }

    /** A copy of one object, or a 404 naming its kind. */
    ObjectNode get(Kind kind, String id) {
        return read(() -> store(kind).require(id).deepCopy());
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    private ObjectStore store(Kind kind) {
        return stores.get(kind);
    }

    private long now() {
        return clock.now();
    }

    SandboxWebhooks webhooks() {
        return webhooks;
    }

    private <T> T write(Supplier<T> change) {
        synchronized (lock) {
            return change.get();
        }
    }

    private <T> T read(Supplier<T> query) {
        synchronized (lock) {
            return query.get();
        }
    }

    private List<ObjectNode> all(Kind kind) {
        return read(() -> store(kind).all().stream().map(ObjectStore.Entry::doc).toList());
    }

    /**
     * Saves a new object and announces it to the webhook receiver: only the create paths call this, so that an
     * object coming back (an unarchived contact) or changed is never announced as created.
     */
    private ObjectNode create(Kind kind, ObjectNode doc) {
        ObjectNode saved = save(kind, doc);
        webhooks.created(kind, doc);
        return saved;
    }

    private ObjectNode save(Kind kind, ObjectNode doc) {
        store(kind).save(doc.get("id").asText(), doc, now());
        return doc.deepCopy();
    }

    /**
     * Applies a change to a copy of the object and saves the copy with a new {@code updated_at}: a change refused
     * half-way leaves the object as it was.
     */
    private ObjectNode modify(Kind kind, String id, Consumer<ObjectNode> change) {
        return write(() -> {
            ObjectNode changed = store(kind).require(id).deepCopy();
            change.accept(changed);
            return touch(kind, changed);
        });
    }

    /** Stamps {@code updated_at} and saves. */
    private ObjectNode touch(Kind kind, ObjectNode doc) {
        doc.put("updated_at", now());
        return save(kind, doc);
    }

    /** The objects of a kind that a list of references ({@code {type, id}}) points to. */
    private List<ObjectNode> referenced(Kind kind, JsonNode references) {
        List<ObjectNode> found = new ArrayList<>();
        for (JsonNode reference : references) {
            ObjectNode doc = store(kind).find(reference.get("id").asText());
            if (doc != null) {
                found.add(doc.deepCopy());
            }
        }
        return found;
    }

    private static String html(String text) {
        return "<p>" + text + "</p>";
    }

    /** Contact and company ids: 24 hex digits, as Intercom's, increasing in creation order. */
    private String hexId() {
        return String.format(Locale.ROOT, "65f0c0de%016x", next("hex", 1L));
    }

    private String numericId(String counter, long first) {
        return Long.toString(next(counter, first));
    }

    private long next(String counter, long first) {
        synchronized (lock) {
            return counters.merge(counter, first, (old, one) -> old + 1);
        }
    }

    private static long indexDelay(Kind kind, SandboxOptions options) {
        return switch (kind) {
            case CONTACT -> options.contactIndexDelaySeconds();
            case CONVERSATION -> options.conversationIndexDelaySeconds();
            case TICKET -> options.ticketIndexDelaySeconds();
            default -> 0;
        };
    }
}
