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
import java.util.TreeSet;

import dev.camelintercom.component.model.Admin;
import dev.camelintercom.component.model.Company;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.ConversationPart;
import dev.camelintercom.component.model.DataEvent;
import dev.camelintercom.component.model.DeletedObject;
import dev.camelintercom.component.model.Message;
import dev.camelintercom.component.model.Note;
import dev.camelintercom.component.model.Segment;
import dev.camelintercom.component.model.SubscriptionType;
import dev.camelintercom.component.model.Tag;
import dev.camelintercom.component.model.Team;
import dev.camelintercom.component.model.Ticket;
import dev.camelintercom.component.model.TicketType;

import static dev.camelintercom.component.api.BodyRules.defaultToExchangeCreated;
import static dev.camelintercom.component.api.BodyRules.defaultValue;
import static dev.camelintercom.component.api.BodyRules.fill;
import static dev.camelintercom.component.api.BodyRules.fixed;
import static dev.camelintercom.component.api.BodyRules.forbid;
import static dev.camelintercom.component.api.BodyRules.integer;
import static dev.camelintercom.component.api.BodyRules.listOfOne;
import static dev.camelintercom.component.api.BodyRules.markItems;
import static dev.camelintercom.component.api.BodyRules.nest;
import static dev.camelintercom.component.api.BodyRules.nestPrefixed;
import static dev.camelintercom.component.api.BodyRules.notNull;
import static dev.camelintercom.component.api.BodyRules.oneOf;
import static dev.camelintercom.component.api.BodyRules.rename;
import static dev.camelintercom.component.api.BodyRules.replyAuthor;
import static dev.camelintercom.component.api.BodyRules.require;
import static dev.camelintercom.component.api.BodyRules.requireOneOf;
import static dev.camelintercom.component.api.BodyRules.requireWhen;
import static dev.camelintercom.component.api.BodyRules.searchQuery;
import static dev.camelintercom.component.api.BodyRules.text;
import static dev.camelintercom.component.api.InputSource.ADMIN_ID;
import static dev.camelintercom.component.api.InputSource.COMPANY_EXTERNAL_ID;
import static dev.camelintercom.component.api.InputSource.COMPANY_ID;
import static dev.camelintercom.component.api.InputSource.COMPANY_NAME;
import static dev.camelintercom.component.api.InputSource.CONTACT_ID;
import static dev.camelintercom.component.api.InputSource.CONVERSATION_ID;
import static dev.camelintercom.component.api.InputSource.EMAIL;
import static dev.camelintercom.component.api.InputSource.EXTERNAL_ID;
import static dev.camelintercom.component.api.InputSource.INTERCOM_USER_ID;
import static dev.camelintercom.component.api.InputSource.NOTE_ID;
import static dev.camelintercom.component.api.InputSource.SEGMENT_ID;
import static dev.camelintercom.component.api.InputSource.TAG_ID;
import static dev.camelintercom.component.api.InputSource.TEAM_ID;
import static dev.camelintercom.component.api.InputSource.TICKET_ID;
import static dev.camelintercom.component.api.InputSource.TICKET_TYPE_ID;
import static dev.camelintercom.component.api.InputSource.USER_ID;
import static dev.camelintercom.component.api.Paging.CURSOR_BODY;
import static dev.camelintercom.component.api.Paging.CURSOR_QUERY;
import static dev.camelintercom.component.api.Paging.PAGE_NUMBER;
import static dev.camelintercom.component.api.Paging.SCROLL;

/**
 * The operation table: every resource and operation of the producer, written against Intercom's API 2.16 description,
 * and the one place that knows the API's calls (the consumer and the conflict resolver send its rows too, see
 * {@link #row}). An operation with several variants (a note on a contact or on a company) takes the first whose path
 * ids the message supplies.
 * <p>
 * The body rules of a row run in the order written, and the order matters where two rules touch the same field. There
 * each row keeps this order: first the rules that reshape what the user gave ({@code nest}, {@code nestPrefixed},
 * {@code rename}), then those that fill fields from headers and options ({@code fill}, {@code adminIfGiven}), then
 * defaults ({@code defaultValue}, {@code fixed}), and last the checks ({@code require}, {@code oneOf},
 * {@code integer}, {@code text}): a check sees the body as it will be sent, and a rename never moves a value a fill
 * already put in place.
 */
public final class IntercomOperations {

    public static final String REQUEST = "request";

    private static final int MAX_PAGE = 150;
    private static final String NO_TEXT = "to add a message, use reply or note (close and assign take a body)";
    private static final Map<String, Map<String, List<OperationDefinition>>> TABLE = new LinkedHashMap<>();

    /** The query parameters the paging styles set themselves. */
    private static final Set<String> PAGING_PARAMETERS = Set.of("page", "per_page", "starting_after", "scroll_param");
    /** Generated operations whose name a hand-written row already has (the generator makes this empty). */
    private static final List<String> CONFLICTS = new ArrayList<>();

    static {
        contact();
        company();
        conversation();
        ticket();
        message();
        note();
        tag();
        admin();
        team();
        event();
        segment();
        ApiFacts.all().forEach(IntercomOperations::addGenerated);
    }

    private IntercomOperations() {
    }

    /** The resources of the table, plus {@code request}. */
    public static Set<String> resources() {
        Set<String> names = new TreeSet<>(TABLE.keySet());
        names.add(REQUEST);
        return names;
    }

    /** The operations of a resource, sorted; empty for an unknown resource and for {@code request}. */
    public static Set<String> operations(String resource) {
        return new TreeSet<>(TABLE.getOrDefault(resource, Map.of()).keySet());
    }

    /** The variants of an operation, in the order they are tried; empty when there is no such operation. */
    public static List<OperationDefinition> find(String resource, String operation) {
        return TABLE.getOrDefault(resource, Map.of()).getOrDefault(operation, List.of());
    }

    /**
     * The one row of an operation that has no variants, for code that sends a request of its own (the consumer's
     * readers, the contact conflict resolver, the company-scroll rule): they name the operation, the table knows the
     * call.
     */
    public static OperationDefinition row(String resource, String operation) {
        List<OperationDefinition> variants = find(resource, operation);
        if (variants.size() != 1) {
            throw new IllegalStateException(resource + "." + operation + " has " + variants.size() + " rows, not one");
        }
        return variants.get(0);
    }

    /** Every operation name of the table (the union across resources), sorted. */
    public static Set<String> operationNames() {
        Set<String> names = new TreeSet<>();
        TABLE.values().forEach(ops -> names.addAll(ops.keySet()));
        return names;
    }

    /** Every row of the table. */
    public static List<OperationDefinition> all() {
        List<OperationDefinition> all = new ArrayList<>();
        TABLE.values().forEach(ops -> ops.values().forEach(all::addAll));
        return Collections.unmodifiableList(all);
    }

    private static void contact() {
        add(op("contact", "create").inputs("one of `email`, `external_id`, `role` (`user`/`lead`)")
                .post("/contacts").retrySafe(false)
                .rules(requireOneOf("email", "external_id", "role"), oneOf("role", "user", "lead")).returns(Contact.class));
        add(op("contact", "get").inputs("_contact_").get("/contacts/{contact_id}", CONTACT_ID).returns(Contact.class));
        add(op("contact", "update").inputs("_contact_; fields to change").put("/contacts/{contact_id}", CONTACT_ID)
                .rules(oneOf("role", "user", "lead")).returns(Contact.class));
        add(op("contact", "delete").inputs("_contact_")
                .delete("/contacts/{contact_id}", CONTACT_ID).returns(Contact.class));
        add(op("contact", "list").inputs("none")
                .get("/contacts").returnsList(Contact.class, "data", CURSOR_QUERY, MAX_PAGE));
        add(op("contact", "search").inputs("search query").post("/contacts/search").retrySafe(true).rules(searchQuery()).checkedByRules("query")
                .returnsList(Contact.class, "data", CURSOR_BODY, MAX_PAGE));
        add(op("contact", "findByExternalId").inputs("_external id_")
                .get("/contacts/find_by_external_id/{external_id}", EXTERNAL_ID)
                .returns(Contact.class));
        add(op("contact", "archive").inputs("_contact_")
                .postWithoutBody("/contacts/{contact_id}/archive", CONTACT_ID).retrySafe(true)
                .returns(Contact.class));
        add(op("contact", "unarchive").inputs("_contact_")
                .postWithoutBody("/contacts/{contact_id}/unarchive", CONTACT_ID).retrySafe(true)
                .returns(Contact.class));
        add(op("contact", "merge").inputs("`from`, `into`")
                .post("/contacts/merge").rules(require("from", "into")).returns(Contact.class));
        add(op("contact", "listTags").inputs("_contact_")
                .get("/contacts/{contact_id}/tags", CONTACT_ID).returnsList(Tag.class, "data"));
        add(op("contact", "attachTag").inputs("_contact_; tag: `id`/`tag_id`, header or `tagId`")
                .post("/contacts/{contact_id}/tags", CONTACT_ID).retrySafe(true)
                .rules(rename("tag_id", "id"), fill("id", TAG_ID), require("id", TAG_ID), text("id")).returns(Tag.class));
        add(op("contact", "detachTag").inputs("_contact_, _tag_")
                .delete("/contacts/{contact_id}/tags/{tag_id}", CONTACT_ID, TAG_ID).returns(Tag.class));
        // the schema names the array "companies"; the description's recorded example (and the API) use "data", which
        // every list reads where its own array is absent
        add(op("contact", "listCompanies").inputs("_contact_").get("/contacts/{contact_id}/companies", CONTACT_ID)
                .returnsList(Company.class, "companies"));
        add(op("contact", "attachCompany").inputs("_contact_; company: `id`, header or `companyId`")
                .post("/contacts/{contact_id}/companies", CONTACT_ID).retrySafe(true)
                .rules(fill("id", COMPANY_ID), require("id", COMPANY_ID)).returns(Company.class));
        add(op("contact", "detachCompany").inputs("_contact_, _company_")
                .delete("/contacts/{contact_id}/companies/{company_id}", CONTACT_ID, COMPANY_ID).returns(Company.class));
        add(op("contact", "listSegments").inputs("_contact_").get("/contacts/{contact_id}/segments", CONTACT_ID)
                .returnsList(Segment.class, "data"));
        add(op("contact", "listSubscriptions").inputs("_contact_")
                .get("/contacts/{contact_id}/subscriptions", CONTACT_ID)
                .returnsList(SubscriptionType.class, "data"));
    }

    private static void company() {
        add(op("company", "createOrUpdate").inputs("one of `company_id`, `name`").post("/companies").retrySafe(true)
                .rules(requireOneOf("company_id", "name")).returns(Company.class));
        add(op("company", "get").inputs("_company_").get("/companies/{company_id}", COMPANY_ID).returns(Company.class));
        add(op("company", "find").inputs("one of _company external id_, _company name_ (the company); none (every company, a list)")
                .get("/companies").query("company_id", COMPANY_EXTERNAL_ID).query("name", COMPANY_NAME)
                .oneQueryOf("company_id", "name").returnsFirstOf(Company.class));
        // without a filter, GET /companies lists the workspace's companies
        add(op("company", "find").get("/companies").returnsList(Company.class, "data", PAGE_NUMBER, 60));
        add(op("company", "update").inputs("_company_; fields to change")
                .put("/companies/{company_id}", COMPANY_ID).returns(Company.class));
        add(op("company", "delete").inputs("_company_")
                .delete("/companies/{company_id}", COMPANY_ID).returns(DeletedObject.class));
        add(op("company", "list").inputs("none").postWithoutBody("/companies/list").retrySafe(true)
                .returnsList(Company.class, "data", PAGE_NUMBER, 60));
        add(op("company", "scroll").inputs("none")
                .get("/companies/scroll").returnsList(Company.class, "data", SCROLL, null));
        add(op("company", "listContacts").inputs("_company_").get("/companies/{company_id}/contacts", COMPANY_ID)
                .returnsList(Contact.class, "data"));
        add(op("company", "listSegments").inputs("_company_").get("/companies/{company_id}/segments", COMPANY_ID)
                .returnsList(Segment.class, "data"));
    }

    private static void conversation() {
        add(op("conversation", "create").inputs("`body`; `from.id`/`from_id` or _contact_ header/option")
                .post("/conversations")
                .rules(nestPrefixed("from", "from_"), rename("contact_id", "from.id"), fill("from.id", CONTACT_ID),
                        defaultValue("from.type", "contact"), require("from.id", CONTACT_ID), text("from.id"),
                        oneOf("from.type", "user", "lead", "contact"), require("body"))
                .returns(Message.class));
        add(op("conversation", "get").inputs("_conversation_ (digits)")
                .get("/conversations/{conversation_id}", CONVERSATION_ID)
                .returns(Conversation.class));
        add(op("conversation", "update").inputs("_conversation_ (digits); fields to change")
                .put("/conversations/{conversation_id}", CONVERSATION_ID)
                .returns(Conversation.class));
        add(op("conversation", "list").inputs("none").get("/conversations")
                .returnsList(Conversation.class, "conversations", CURSOR_QUERY, MAX_PAGE));
        add(op("conversation", "search").inputs("search query")
                .post("/conversations/search").retrySafe(true).rules(searchQuery()).checkedByRules("query")
                .returnsList(Conversation.class, "conversations", CURSOR_BODY, MAX_PAGE));
        add(op("conversation", "reply").inputs("_conversation_; admin: _admin_, `body`; "
                        + "contact: `intercom_user_id`/`user_id`/`email`, `body`")
                .post("/conversations/{conversation_id}/reply", CONVERSATION_ID)
                .rules(replyAuthor()).returns(Conversation.class));
        add(op("conversation", "note").inputs("_conversation_, _admin_, `body`")
                .post("/conversations/{conversation_id}/reply", CONVERSATION_ID)
                .rules(fixed("message_type", "note"), fixed("type", "admin"), adminRequired(),
                        require("body"))
                .returns(Conversation.class));
        manage("close", "_conversation_, _admin_", fixed("message_type", "close"), fixed("type", "admin"));
        manage("open", "_conversation_, _admin_", fixed("message_type", "open"), forbid("body", NO_TEXT));
        manage("snooze", "_conversation_, _admin_, `snoozed_until`",
                fixed("message_type", "snoozed"), require("snoozed_until"), integer("snoozed_until"),
                forbid("body", NO_TEXT));
        manage("assign", "_conversation_, _admin_, `assignee_id`",
                fixed("message_type", "assignment"), defaultValue("type", "admin"), oneOf("type", "admin", "team"),
                require("assignee_id"), text("assignee_id"));
        manage("unassign", "_conversation_, _admin_",
                fixed("message_type", "assignment"), fixed("type", "admin"), fixed("assignee_id", "0"));
        add(op("conversation", "attachContact").inputs("_conversation_, _admin_; `customer`, "
                        + "`intercom_user_id`/`user_id`/`email` or _contact_ header/option")
                .post("/conversations/{conversation_id}/customers", CONVERSATION_ID)
                .retrySafe(true)
                .rules(nest("customer", "intercom_user_id", "user_id", "email"),
                        unlessPresent("customer", fill("customer.intercom_user_id", CONTACT_ID)),
                        require("customer", CONTACT_ID), adminRequired())
                .returns(Conversation.class));
        add(op("conversation", "detachContact").inputs("_conversation_, _contact_, _admin_")
                .deleteWithBody("/conversations/{conversation_id}/customers/{contact_id}", CONVERSATION_ID, CONTACT_ID)
                .rules(adminRequired()).returns(Conversation.class));
        add(op("conversation", "attachTag").inputs("_conversation_, _admin_; tag: `id`/`tag_id`, header or `tagId`")
                .post("/conversations/{conversation_id}/tags", CONVERSATION_ID).retrySafe(true)
                .rules(rename("tag_id", "id"), fill("id", TAG_ID), require("id", TAG_ID), text("id"), adminRequired())
                .returns(Tag.class));
        add(op("conversation", "detachTag").inputs("_conversation_, _tag_, _admin_")
                .deleteWithBody("/conversations/{conversation_id}/tags/{tag_id}", CONVERSATION_ID, TAG_ID)
                .rules(adminRequired()).returns(Tag.class));
        add(op("conversation", "convertToTicket").inputs("_conversation_ (digits), _ticket type_")
                .post("/conversations/{conversation_id}/convert", CONVERSATION_ID)
                .rules(fill("ticket_type_id", TICKET_TYPE_ID), require("ticket_type_id", TICKET_TYPE_ID))
                .returns(Ticket.class));
        add(op("conversation", "redact").inputs("_conversation_; one of `conversation_part_id`, `source_id`")
                .post("/conversations/redact").retrySafe(true)
                .rules(fill("conversation_id", CONVERSATION_ID), require("conversation_id", CONVERSATION_ID),
                        requireOneOf("conversation_part_id", "source_id"), redactType())
                .returns(Conversation.class));
    }

    /** The state changes of {@code POST /conversations/{id}/parts}: each is the admin's act. */
    private static void manage(String name, String inputs, BodyRule... rules) {
        List<BodyRule> all = new ArrayList<>(List.of(rules));
        all.add(notNull("body"));
        all.add(adminRequired());
        add(op("conversation", name).inputs(inputs)
                .post("/conversations/{conversation_id}/parts", CONVERSATION_ID).retrySafe(true)
                .rules(all.toArray(BodyRule[]::new)).returns(Conversation.class));
    }

    private static void ticket() {
        add(op("ticket", "create").inputs("_"
                        + "ticket type_; `contacts`, `contact_id`/`external_id`/`email` or _contact_ header/option")
                .post("/tickets")
                .rules(fill("ticket_type_id", TICKET_TYPE_ID), require("ticket_type_id", TICKET_TYPE_ID),
                        listOfOne("contacts", orderedMap("contact_id", "id", "external_id", "external_id", "email", "email")),
                        contactsFromHeader(), require("contacts", CONTACT_ID))
                .returns(Ticket.class));
        add(op("ticket", "get").inputs("_ticket_").get("/tickets/{ticket_id}", TICKET_ID).returns(Ticket.class));
        add(op("ticket", "update").inputs("_ticket_; fields to change")
                .put("/tickets/{ticket_id}", TICKET_ID).rules(adminIfGiven(), integer("admin_id"))
                .returns(Ticket.class));
        add(op("ticket", "delete").inputs("_ticket_")
                .delete("/tickets/{ticket_id}", TICKET_ID).returns(DeletedObject.class));
        add(op("ticket", "search").inputs("search query").post("/tickets/search").retrySafe(true).rules(searchQuery()).checkedByRules("query")
                .returnsList(Ticket.class, "tickets", CURSOR_BODY, MAX_PAGE));
        add(op("ticket", "reply").inputs("_ticket_; author as `conversation.reply`")
                .post("/tickets/{ticket_id}/reply", TICKET_ID).rules(replyAuthor())
                .returns(ConversationPart.class));
        add(op("ticket", "attachTag").inputs("_ticket_, _admin_; tag: `id`/`tag_id`, header or `tagId`")
                .post("/tickets/{ticket_id}/tags", TICKET_ID).retrySafe(true)
                .rules(rename("tag_id", "id"), fill("id", TAG_ID), require("id", TAG_ID), text("id"), adminRequired())
                .returns(Tag.class));
        add(op("ticket", "detachTag").inputs("_ticket_, _tag_, _admin_")
                .deleteWithBody("/tickets/{ticket_id}/tags/{tag_id}", TICKET_ID, TAG_ID)
                .rules(adminRequired()).returns(Tag.class));
        add(op("ticket", "listTypes").inputs("none").get("/ticket_types").returnsList(TicketType.class, "data"));
        add(op("ticket", "getType").inputs("_ticket type_")
                .get("/ticket_types/{ticket_type_id}", TICKET_TYPE_ID).returns(TicketType.class));
    }

    private static void message() {
        add(op("message", "create").inputs("`message_type` (`in_app`/`email`/`whatsapp`), `to`, `body` (+`subject` for email); "
                        + "sender `from.id`/`from_id` or _admin_ header/option")
                .post("/messages")
                .rules(nestPrefixed("from", "from_"), nestPrefixed("to", "to_"), rename("admin_id", "from.id"),
                        defaultValue("from.type", "admin"),
                        fill("from.id", ADMIN_ID), require("from.id", ADMIN_ID), integer("from.id"),
                        require("message_type", "to"),
                        requireWhen("message_type", "email", "subject", "body"), defaultEmailTemplate(),
                        requireWhen("message_type", "in_app", "body"))
                .returns(Message.class));
    }

    private static void note() {
        add(op("note", "create").inputs("_contact_, else _company_; `body`")
                .post("/contacts/{contact_id}/notes", CONTACT_ID).notDigits("contact_id") // a 24-hex id, not an integer
                .rules(noteRules()).returns(Note.class));
        add(op("note", "create").post("/companies/{company_id}/notes", COMPANY_ID).rules(noteRules()).returns(Note.class));
        add(op("note", "list").inputs("_contact_, else _company_")
                .get("/contacts/{contact_id}/notes", CONTACT_ID).returnsList(Note.class, "data"));
        add(op("note", "list").get("/companies/{company_id}/notes", COMPANY_ID).returnsList(Note.class, "data"));
        add(op("note", "get").inputs("_note_ (digits)")
                .get("/notes/{note_id}", NOTE_ID).returns(Note.class));
    }

    private static BodyRule[] noteRules() {
        return new BodyRule[] { require("body"), adminIfGiven() };
    }

    private static void tag() {
        add(op("tag", "list").inputs("none").get("/tags").returnsList(Tag.class, "data"));
        add(op("tag", "get").inputs("_tag_").get("/tags/{tag_id}", TAG_ID).returns(Tag.class));
        add(op("tag", "createOrUpdate").inputs("`name`")
                .post("/tags").retrySafe(true).rules(require("name")).returns(Tag.class));
        add(op("tag", "delete").inputs("_tag_").delete("/tags/{tag_id}", TAG_ID).returnsNothing());
        add(op("tag", "tagContacts").inputs("`name`, `users`")
                .post("/tags").retrySafe(true).rules(require("name", "users")).returns(Tag.class));
        add(op("tag", "tagCompanies").inputs("`name`, `companies`")
                .post("/tags").retrySafe(true).rules(require("name", "companies")).returns(Tag.class));
        add(op("tag", "untagCompanies").inputs("`name`, `companies` (`untag: true` is added)")
                .post("/tags").retrySafe(true)
                .rules(require("name", "companies"), markItems("companies", "untag", true)).returns(Tag.class));
    }

    private static void admin() {
        add(op("admin", "me").inputs("none").get("/me").returns(Admin.class));
        add(op("admin", "list").inputs("none").get("/admins").returnsList(Admin.class, "admins"));
        add(op("admin", "get").inputs("_admin_ (digits)")
                .get("/admins/{admin_id}", ADMIN_ID).returns(Admin.class));
        add(op("admin", "setAway").inputs("_admin_ (digits)")
                .put("/admins/{admin_id}/away", ADMIN_ID)
                .rules(defaultValue("away_mode_enabled", true), defaultValue("away_mode_reassign", false),
                        integer("away_status_reason_id"))
                .returns(Admin.class));
    }

    private static void team() {
        add(op("team", "list").inputs("none").get("/teams").returnsList(Team.class, "teams"));
        add(op("team", "get").inputs("_team_").get("/teams/{team_id}", TEAM_ID).returns(Team.class));
    }

    private static void event() {
        add(op("event", "create").inputs("`event_name`; one of `id` (or _contact_ header/option), `user_id`, `email`")
                .post("/events").retrySafe(true)
                .rules(rename("contact_id", "id"), fill("user_id", USER_ID), fill("email", EMAIL), fill("id", CONTACT_ID),
                        require("event_name"), defaultToExchangeCreated("created_at"), integer("created_at"),
                        requireOneOf("id", "user_id", "email"))
                .returnsNothing());
        add(op("event", "list").inputs("one of _user id_, `intercom_user_id` (or _contact_ header/option), _email_")
                .get("/events").fixedQuery("type", "user").query("user_id", USER_ID)
                .query("intercom_user_id", INTERCOM_USER_ID).query("email", EMAIL)
                .oneQueryOf("user_id", "intercom_user_id", "email").returnsList(DataEvent.class, "events"));
        add(op("event", "summaries").inputs("`user_id` (or its header), `event_summaries`")
                .post("/events/summaries").retrySafe(true)
                .rules(fill("user_id", USER_ID), require("user_id", USER_ID), require("event_summaries")).returnsNothing());
    }

    private static void segment() {
        add(op("segment", "list").inputs("none").get("/segments").returnsList(Segment.class, "segments"));
        add(op("segment", "get").inputs("_segment_").get("/segments/{segment_id}", SEGMENT_ID).returns(Segment.class));
    }

    /**
     * A row made of the description's facts alone, for an operation no hand-written row covers: ids from their body
     * field or header, the query from body fields or headers of the parameters' names, the JSON body checked against
     * the description, the answer in its model class where one describes its schema, else as a JSON tree.
     */
    private static void addGenerated(ApiFacts.OperationFacts facts) {
        if (facts.handWritten()) {
            return;
        }
        if (!find(facts.resource(), facts.name()).isEmpty()) {
            CONFLICTS.add(facts.fullName() + " (" + facts.method() + " " + facts.path() + ")");
            return;
        }
        List<InputSource> ids = new ArrayList<>();
        StringBuilder inputs = new StringBuilder();
        facts.pathIds().values().forEach(id -> {
            ids.add(InputSource.forInput(id.input()));
            inputs.append(inputs.length() == 0 ? "" : ", ").append('_').append(id.input().replace('_', ' ')).append('_');
        });
        OperationDefinition.Builder row = op(facts.resource(), facts.name()).generated()
                .call(facts.method(), facts.path(), facts.body() != null, ids);
        facts.query().keySet().forEach(name -> {
            if (!PAGING_PARAMETERS.contains(name) || facts.paging() == Paging.NONE) {
                row.query(name, InputSource.forInput(name));
            }
        });
        facts.requiredQuery().forEach(name -> inputs.append(inputs.length() == 0 ? "" : ", ").append('`').append(name).append('`'));
        if (facts.body() != null) {
            facts.body().required().forEach(f -> inputs.append(inputs.length() == 0 ? "" : ", ").append('`').append(f).append('`'));
        }
        row.inputs(inputs.length() == 0 ? "none" : inputs.toString());
        ApiFacts.Answer answer = facts.answer();
        boolean lists = facts.name().startsWith("list") || facts.name().startsWith("search") || facts.paging() != Paging.NONE;
        if (lists && answer.items() != null) {
            row.returnsList(ModelSchemas.modelOf(answer.itemSchema()), answer.items(), facts.paging(), facts.maxPerPage());
            if ("POST".equals(facts.method())) {
                row.retrySafe(true);
            }
        } else if (ModelSchemas.modelOf(answer.schema()) != null) {
            row.returns(ModelSchemas.modelOf(answer.schema()));
        } else if (answer.json()) {
            row.returnsJson();
        } else {
            row.returnsNothing();
        }
        add(row);
    }

    /**
     * The generated operations that could not take their name because a hand-written row has it: empty when the
     * committed facts were generated against today's table (the build regenerates them).
     */
    public static List<String> conflicts() {
        return Collections.unmodifiableList(CONFLICTS);
    }

    /** The admin who acts, where the operation takes one but does not need one: from the body, the header or the option. */
    private static BodyRule adminIfGiven() {
        return (body, ctx) -> {
            fill("admin_id", ADMIN_ID).apply(body, ctx);
            text("admin_id").apply(body, ctx);
        };
    }

    /** The admin who acts, where the operation needs one: as {@link #adminIfGiven()}, and required. */
    private static BodyRule adminRequired() {
        return (body, ctx) -> {
            adminIfGiven().apply(body, ctx);
            require("admin_id", ADMIN_ID).apply(body, ctx);
        };
    }

    private static BodyRule redactType() {
        return (body, ctx) -> {
            if (!body.has("type")) {
                body.put("type", body.has("source_id") ? "source" : "conversation_part");
            }
        };
    }

    /** Applies the rule only when the body lacks the field, so that an object given in the body gets no id from a header. */
    private static BodyRule unlessPresent(String field, BodyRule rule) {
        return (body, ctx) -> {
            if (!body.has(field)) {
                rule.apply(body, ctx);
            }
        };
    }

    private static BodyRule contactsFromHeader() {
        return (body, ctx) -> {
            String contactId = ctx.headerOrOption(CONTACT_ID);
            if (!body.has("contacts") && contactId != null) {
                body.putArray("contacts").addObject().put("id", contactId);
            }
        };
    }

    private static BodyRule defaultEmailTemplate() {
        BodyRule plain = defaultValue("template", "plain");
        return (body, ctx) -> {
            if ("email".equals(body.path("message_type").asText())) {
                plain.apply(body, ctx);
            }
        };
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static OperationDefinition.Builder op(String resource, String name) {
        return OperationDefinition.builder(resource, name);
    }

    private static void add(OperationDefinition.Builder builder) {
        OperationDefinition def = builder.build();
        TABLE.computeIfAbsent(def.resource(), r -> new LinkedHashMap<>())
                .computeIfAbsent(def.name(), n -> new ArrayList<>()).add(def);
    }
}
