/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

/**
 * What a consumer emits: new objects only, or new objects and every later update of them.
 */
public enum IntercomEmit {
    /** One exchange per object, when it is created. */
    created,
    /** One exchange when an object is created and one more each time it is updated later. */
    createdOrUpdated
}
