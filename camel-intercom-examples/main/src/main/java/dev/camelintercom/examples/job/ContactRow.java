/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the import file, {@code external_id,email,name,role,company_id,company_name}: a contact and the company
 * it belongs to. Empty fields are left out of what is sent, so the component's own rules judge what is missing.
 * Fields may be quoted ({@code "Smith, Jane"}, {@code ""} for a quote); a field cannot span lines.
 */
public record ContactRow(int line, String externalId, String email, String name, String role, String companyId,
        String companyName) {

    static final String HEADER = "external_id,email,name,role,company_id,company_name";
    private static final int FIELDS = 6;

    /** Reads one line; a line that is not six fields is refused with {@link RefusedRowException}. */
    public static ContactRow parse(int line, String text) {
        List<String> fields = fields(text);
        if (fields.size() != FIELDS) {
            throw new RefusedRowException("malformed line: " + fields.size() + " fields where " + HEADER + " has " + FIELDS);
        }
        return new ContactRow(line, fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4), fields.get(5));
    }

    private static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RefusedRowException("malformed line: a quoted field is not closed");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** The body of {@code contact.create}: the fields given. */
    public Map<String, Object> contact() {
        Map<String, Object> contact = new LinkedHashMap<>();
        putIfGiven(contact, "external_id", externalId);
        putIfGiven(contact, "email", email);
        putIfGiven(contact, "name", name);
        putIfGiven(contact, "role", role);
        return contact;
    }

    public boolean hasCompany() {
        return !companyId.isEmpty() || !companyName.isEmpty();
    }

    /** The body of {@code company.createOrUpdate}. */
    public Map<String, Object> company() {
        Map<String, Object> company = new LinkedHashMap<>();
        putIfGiven(company, "company_id", companyId);
        putIfGiven(company, "name", companyName);
        return company;
    }

    private static void putIfGiven(Map<String, Object> body, String field, String value) {
        if (!value.isEmpty()) {
            body.put(field, value);
        }
    }
}
