#!/usr/bin/env python3
#
# Copyright 2026 The camel-intercom Authors
# SPDX-License-Identifier: Apache-2.0
#

"""Checks what a deploy of the whole reactor to a local file repository published, as Maven Central would take it.

.ci/run deploys the build to a file repository (no signing) and runs this on it. It checks that
- every module that must be published is there: each library under camel-intercom/ (a jar module) with its POM, jar,
  sources jar and Javadoc jar, and each parent POM those libraries inherit from, with its POM;
- nothing else is: no example (camel-intercom-examples/), no module of NOT_PUBLISHED, no aggregator that is no
  published library's parent;
- every published POM carries what Central requires, in itself (name, description) or from its published parents
  (url, licences, developers, SCM);
- no published module depends, at compile or run time, on one of this project's modules that is not published.

A new library under camel-intercom/ is expected to be published without any change here; one that must not be sets
camel-intercom.publish.skip in its POM and is named in NOT_PUBLISHED with the reason.

usage: check-published.py ROOT_DIR REPOSITORY_DIR
"""
import os
import sys
import xml.etree.ElementTree as ElementTree

NS = {'m': 'http://maven.apache.org/POM/4.0.0'}

# libraries under camel-intercom/ that are not published, by folder, and why
NOT_PUBLISHED = {
    'camel-intercom/benchmarks': 'the benchmark suite of docs/performance.md, run from a clone',
    'camel-intercom/test-support': "the test kit of this project's own builds",
}


class Module:
    def __init__(self, path, pom):
        self.path = path
        self.pom = pom
        parent = pom.find('m:parent', NS)
        self.parent = (text(parent, 'groupId'), text(parent, 'artifactId')) if parent is not None else None
        self.group_id = text(pom, 'groupId') or (self.parent[0] if self.parent else None)
        self.artifact_id = text(pom, 'artifactId')
        self.packaging = text(pom, 'packaging') or 'jar'

    @property
    def key(self):
        return self.group_id, self.artifact_id


def text(element, name):
    child = element.find('m:' + name, NS)
    return child.text.strip() if child is not None and child.text else None


def reactor(root, path=''):
    """The modules of the build, from the root POM down its <modules>."""
    pom = ElementTree.parse(os.path.join(root, path, 'pom.xml')).getroot()
    modules = [Module(path, pom)]
    for module in pom.findall('m:modules/m:module', NS):
        modules += reactor(root, os.path.normpath(os.path.join(path, module.text.strip())))
    return modules


def expected_published(modules):
    by_key = {m.key: m for m in modules}
    published = {m.key for m in modules
                 if m.packaging == 'jar' and m.path.startswith('camel-intercom' + os.sep)
                 and m.path not in NOT_PUBLISHED}
    for key in list(published):
        parent = by_key[key].parent
        while parent in by_key:
            published.add(parent)
            parent = by_key[parent].parent
    return published


def deployed(repository):
    """(groupId, artifactId) -> {kind: file name} of every version folder in the file repository."""
    found = {}
    for folder, _, files in os.walk(repository):
        poms = [f for f in files if f.endswith('.pom')]
        if not poms:
            continue
        pom = ElementTree.parse(os.path.join(folder, sorted(poms)[-1])).getroot()
        module = Module(folder, pom)
        kinds = {}
        for name in sorted(files):
            for kind, suffix in (('sources', '-sources.jar'), ('javadoc', '-javadoc.jar'), ('jar', '.jar'),
                                 ('pom', '.pom')):
                if name.endswith(suffix):
                    kinds.setdefault(kind, os.path.join(folder, name))
                    break
        found[module.key] = (pom, kinds)
    return found


def inherited(key, found, name):
    """The element name of the published POM of key or of the nearest published parent that has it."""
    while key in found:
        pom = found[key][0]
        element = pom.find('m:' + name, NS)
        if element is not None:
            return element
        parent = pom.find('m:parent', NS)
        key = (text(parent, 'groupId'), text(parent, 'artifactId')) if parent is not None else None
    return None


def pom_problems(key, found):
    pom = found[key][0]
    problems = [f'no <{name}>' for name in ('name', 'description') if not text(pom, name)]
    if inherited(key, found, 'url') is None:
        problems.append('no <url>')
    licences = inherited(key, found, 'licenses')
    if licences is None or not any(text(l, 'name') and text(l, 'url') for l in licences.findall('m:license', NS)):
        problems.append('no <licenses> with a name and url')
    developers = inherited(key, found, 'developers')
    if developers is None or not any(text(d, 'name') for d in developers.findall('m:developer', NS)):
        problems.append('no <developers> with a name')
    scm = inherited(key, found, 'scm')
    if scm is None or not (text(scm, 'url') and text(scm, 'connection')):
        problems.append('no <scm> with a url and connection')
    for parent in pom.findall('m:parent', NS):
        if (text(parent, 'groupId'), text(parent, 'artifactId')) not in found:
            problems.append('its parent ' + text(parent, 'artifactId') + ' is not published')
    for dependency in pom.findall('m:dependencies/m:dependency', NS):
        scope = text(dependency, 'scope') or 'compile'
        dep = (text(dependency, 'groupId'), text(dependency, 'artifactId'))
        if dep[0] == key[0] and scope in ('compile', 'runtime') and dep not in found:
            problems.append(f'depends ({scope}) on {dep[1]}, which is not published')
    return problems


def main():
    root, repository = sys.argv[1], sys.argv[2]
    modules = reactor(root)
    expected = expected_published(modules)
    found = deployed(repository)
    problems = []
    for module in modules:
        where = f'{module.artifact_id} ({module.path or "root"})'
        if module.key not in expected:
            if module.key in found:
                problems.append(f'{where}: published, but it is not a library (or is in NOT_PUBLISHED)')
            continue
        if module.key not in found:
            problems.append(f'{where}: not published')
            continue
        kinds = found[module.key][1]
        wanted = ('pom', 'jar', 'sources', 'javadoc') if module.packaging == 'jar' else ('pom',)
        problems += [f'{where}: no {kind}' for kind in wanted if kind not in kinds]
        problems += [f'{where}: {problem}' for problem in pom_problems(module.key, found)]
    strangers = set(found) - {m.key for m in modules}
    problems += [f'{key[1]}: published, but not a module of the build' for key in sorted(strangers)]
    for module in sorted(expected):
        print('to publish: ' + ':'.join(module))
    if problems:
        print('\n'.join(['', 'Publishing problems:'] + problems), file=sys.stderr)
        sys.exit(1)
    print(f'{len(expected)} modules published as Maven Central requires, none of the other '
          f'{len(modules) - len(expected)}')


if __name__ == '__main__':
    main()
