/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.List;

/**
 * One page of a list or search: its items, the position of the next page (null on the last) and the total count
 * where Intercom reports it.
 */
public record Page<T>(List<T> items, String next, Long totalCount) {
}
