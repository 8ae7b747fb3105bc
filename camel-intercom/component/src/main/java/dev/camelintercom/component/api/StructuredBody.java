/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a body given as Java objects ({@code Map}s and lists, as a route builds them) must be to become the JSON the
 * route meant: every key of every map a {@code String} (Jackson would write {@code 1}, {@code true} or a list as a
 * text key, and fails on a null one), every floating-point number finite (JSON has no {@code NaN}). Model classes
 * and other objects are left to Jackson.
 */
final class StructuredBody {

    private StructuredBody() {
    }

    static void check(Object body, BodyRuleContext ctx) {
        walk(body, "", ctx, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object value, String at, BodyRuleContext ctx, Set<Object> seen) {
        if (value instanceof Map<?, ?> map) {
            if (!seen.add(map)) {
                throw ctx.invalid(field(at), "the body holds itself" + where(at) + ": it cannot be written as JSON");
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    String kind = e.getKey() == null ? "null" : e.getKey().getClass().getName();
                    throw ctx.invalid(field(at), "the keys of a body Map must be Strings, but" + where(at) + " there is the key "
                                                 + e.getKey() + " (" + kind + ")");
                }
                walk(e.getValue(), at.isEmpty() ? key : at + "." + key, ctx, seen);
            }
            seen.remove(map);
        } else if (value instanceof Collection<?> items) {
            if (!seen.add(items)) {
                throw ctx.invalid(field(at), "the body holds itself" + where(at) + ": it cannot be written as JSON");
            }
            int i = 0;
            for (Object item : items) {
                walk(item, at + "[" + i++ + "]", ctx, seen);
            }
            seen.remove(items);
        } else if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                walk(items[i], at + "[" + i + "]", ctx, seen);
            }
        } else if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw ctx.invalid(field(at), field(at) + " must be a finite number (JSON has no " + value + ")");
        }
    }

    private static String field(String at) {
        return at.isEmpty() ? "body" : at;
    }

    private static String where(String at) {
        return at.isEmpty() ? "" : " at " + at;
    }
}
