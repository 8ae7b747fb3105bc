#!/usr/bin/env python3
#
# Copyright 2026 The camel-intercom Authors
# SPDX-License-Identifier: Apache-2.0
#

"""Writes the response examples of Intercom's API 2.16 description for the given operations into
camel-intercom/component/src/test/resources/examples/<operationId>[-<status>].json.

The description itself stays outside the project (../shared/intercom-api); only the examples that the
contract tests answer with are kept, and OpenApiExamplesTest checks that they still equal the description.

usage: extract-examples.py SPEC OUT_DIR operationId...
"""
import json
import os
import sys

import yaml


def main():
    spec_path, out_dir, wanted = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    spec = yaml.safe_load(open(spec_path))
    os.makedirs(out_dir, exist_ok=True)
    for path, ops in spec['paths'].items():
        for method, op in ops.items():
            if not isinstance(op, dict) or op.get('operationId') not in wanted:
                continue
            for status, response in op.get('responses', {}).items():
                content = response.get('content', {}).get('application/json', {})
                examples = content.get('examples') or {}
                if not examples:
                    continue
                example = next(iter(examples.values())).get('value')
                if example is None:
                    continue
                name = op['operationId'] + ('' if status in ('200', '201') else '-' + status) + '.json'
                with open(os.path.join(out_dir, name), 'w') as f:
                    json.dump(example, f, indent=2, ensure_ascii=False)
                    f.write('\n')


if __name__ == '__main__':
    main()
