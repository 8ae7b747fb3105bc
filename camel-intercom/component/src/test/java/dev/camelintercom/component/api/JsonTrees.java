/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares JSON trees and lists where they differ, as JSON pointers. Numbers compare by value, so that {@code 1} read
 * as an int equals {@code 1} written from a long.
 */
final class JsonTrees {

    private JsonTrees() {
    }

    /** Every difference; a null field differs from a missing one. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, false, out);
        return out;
    }

    /**
     * The differences that lose information when a response goes through a model class: a null field counts as
     * missing (the component writes no nulls, and a null says no more than a missing field), and an integer that comes
     * back as its own digits in a string is the same value (the component types every id as a String).
     */
    static List<String> informationLost(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, true, out);
        return out;
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, boolean lenient, List<String> out) {
        boolean expectedAbsent = expected == null || expected.isMissingNode() || lenient && expected.isNull();
        boolean actualAbsent = actual == null || actual.isMissingNode() || lenient && actual.isNull();
        if (expectedAbsent || actualAbsent) {
            if (expectedAbsent != actualAbsent) {
                out.add(at + ": " + (expectedAbsent ? "missing" : expected) + " became " + (actualAbsent ? "missing" : actual));
            }
            return;
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(at + ": " + expected + " became " + actual);
            }
        } else if (lenient && expected.isIntegralNumber() && actual.isTextual()) {
            if (!expected.asText().equals(actual.asText())) {
                out.add(at + ": " + expected + " became " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(at + "/" + name, expected.get(name), actual.get(name), lenient, out);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                compare(at + "/" + i, e.next(), a.next(), lenient, out);
            }
        } else if (!expected.equals(actual)) {
            out.add(at + ": " + expected + " became " + actual);
        }
    }
}
