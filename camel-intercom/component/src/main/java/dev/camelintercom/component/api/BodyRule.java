/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step that turns the user's body into the body an operation sends: filling a field from a header, fixing a
 * value, nesting a flat shape, checking that a required field is there. Rules run in the order the operation lists
 * them; {@link IntercomOperations} says which order that is.
 */
@FunctionalInterface
public interface BodyRule {

    void apply(ObjectNode body, BodyRuleContext context);
}
