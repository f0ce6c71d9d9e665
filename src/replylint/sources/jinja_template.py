"""Jinja2 templates: parsed with jinja2's own lexer and parser, never rendered.

The template becomes the texts a customer could receive: `{% if %}/{% elif %}/
{% else %}` branches multiply into alternatives (each labelled with the branch it
took), `{% for %}` bodies appear once, `{{ expression }}` becomes a neutral
placeholder ("Hi X," still reads as a greeting; `{{ days }}` reads as a number,
`{{ due_date }}` as a date; `{{ _("Sorry!") }}` is its literal text), `{# comments #}`
vanish, and `include` / `extends` / `block` resolve against files next to the template
when they exist.
Text that comes from another file is reported at the tag that pulled it in.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from replylint.files import UnreadableFile, read_regular, real_path
from replylint.placeholders import DATE_STAND_IN, looks_like_date, looks_numeric

MAX_ALTERNATIVES = 64
MAX_INCLUDE_DEPTH = 5
MAX_INCLUDES = 200
MAX_EXPANDED_CHARS = 8 * 1024 * 1024
_LITERAL_CALL = re.compile(
    r"""^\s*(?:_|gettext|ngettext|pgettext|trans|t)\(\s*(?:(['"]).*?\1\s*,\s*)?(['"])(.*?)\2""",
    re.DOTALL,
)
# Tags whose body is output as it stands; their end tags just close them.
_TRANSPARENT = {"with", "autoescape", "filter", "trans", "pluralize", "raw"}
# Tags whose body is never output where it stands.
_SILENT = {"macro", "call", "set"}


class TemplateError(Exception):
    """Invalid template syntax; str() is 'line N: problem'."""


@dataclass
class Piece:
    text: str
    origin: list[int]


def _join(left, right):
    """Concatenate two ropes (None, a leaf, or a (left, right) pair) in constant time."""
    if left is None:
        return right
    if right is None:
        return left
    return (left, right)


def _leaves(rope) -> list:
    """A rope's leaves in order (iteratively: ropes can be deeper than the stack)."""
    leaves, stack = [], [rope]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if isinstance(node, tuple):
            stack.append(node[1])
            stack.append(node[0])
        else:
            leaves.append(node)
    return leaves


@dataclass
class Alternative:
    """One text a template can produce. Pieces and labels are ropes, so extending an
    alternative costs the same however long it already is (10,000 sequential `if`s
    stay linear), and `length` is kept for the expansion budget."""

    rope: object = None
    label_rope: object = None
    length: int = 0

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(_leaves(self.label_rope))

    def text(self) -> tuple[str, list[int]]:
        pieces = _leaves(self.rope)
        return "".join(p.text for p in pieces), [o for p in pieces for o in p.origin]

    def then(self, other: Alternative) -> Alternative:
        return Alternative(
            _join(self.rope, other.rope),
            _join(self.label_rope, other.label_rope),
            self.length + other.length,
        )


@dataclass
class _Node:
    kind: str  # text | if | for | block | include | extends
    text: str = ""
    offset: int = 0
    origin: list[int] = field(default_factory=list)
    name: str = ""
    branches: list[tuple[str, list[_Node]]] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        extensions=["jinja2.ext.i18n", "jinja2.ext.do", "jinja2.ext.loopcontrols"],
        autoescape=False,
    )


class _Tokens:
    """jinja2's raw token stream with each token's offset in the source."""

    def __init__(self, source: str, name: str) -> None:
        env = _environment()
        try:
            env.parse(source, name=name)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"line {exc.lineno}: invalid Jinja syntax: {exc.message}") from None
        self.items: list[tuple[int, str, str]] = []
        position = 0
        for _, kind, value in env.lexer.tokeniter(source, name):
            found = source.find(value, position) if value else position
            offset = found if found >= 0 else position
            self.items.append((offset, kind, value))
            position = offset + len(value)
        self.index = 0
        self.source = source
        self._line_starts = [m.end() for m in re.finditer("\n", source)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, offset) + 1

    def next(self) -> tuple[int, str, str] | None:
        if self.index >= len(self.items):
            return None
        item = self.items[self.index]
        self.index += 1
        return item

    def until(self, end_kind: str) -> list[tuple[int, str, str]]:
        """Tokens up to (not including) the next `end_kind`, which is consumed."""
        collected = []
        while (item := self.next()) is not None and item[1] != end_kind:
            if item[1] != "whitespace":
                collected.append(item)
        return collected


# What a placeholder reads as: a word no language abbreviates, so "{{ item }}." ends
# its sentence ("X." would read as an initial, as in "J. Hansen").
NAME_STAND_IN = "Xx"


def _placeholder(expression: list[tuple[int, str, str]], offset: int) -> _Node:
    source = "".join(v for _, _, v in expression)
    literal = _LITERAL_CALL.match(source)
    if literal:
        text = literal.group(3)
        start = next((o for o, k, v in expression if k == "string" and text in v), offset)
        inner = start + 1
        return _Node("text", text=text, origin=list(range(inner, inner + len(text))))
    text = NAME_STAND_IN
    if looks_numeric(source):
        text = "3"
    elif looks_like_date(source):
        text = DATE_STAND_IN
    return _Node("text", text=text, origin=[offset] * len(text))


def _parse(tokens: _Tokens, stop: set[str]) -> tuple[list[_Node], str | None, str, int]:
    """Nodes up to one of the `stop` tags; returns (nodes, stop tag, its arguments, offset)."""
    result: list[_Node] = []
    while (item := tokens.next()) is not None:
        offset, kind, value = item
        if kind == "data":
            result.append(
                _Node("text", text=value, origin=list(range(offset, offset + len(value))))
            )
        elif kind == "variable_begin":
            result.append(_placeholder(tokens.until("variable_end"), offset))
        elif kind == "comment_begin":
            tokens.until("comment_end")
        elif kind in ("raw_begin", "raw_end"):
            continue
        elif kind == "block_begin":
            args = tokens.until("block_end")
            if not args:
                continue
            tag = args[0][2]
            arguments = ""
            if len(args) > 1:
                arguments = tokens.source[args[1][0] : args[-1][0] + len(args[-1][2])]
            if tag in stop:
                return result, tag, arguments, offset
            result.extend(_statement(tokens, tag, arguments, args, offset))
    return result, None, "", len(tokens.items)


def _statement(tokens: _Tokens, tag: str, arguments: str, args, offset: int) -> list[_Node]:
    if tag == "if":
        branches = []
        label, has_else = f"{{% if {arguments} %}} (line {tokens.line(offset)})", False
        while True:
            body, ended, more, at = _parse(tokens, {"elif", "else", "endif"})
            branches.append((label, body))
            if ended in (None, "endif"):
                break
            has_else = has_else or ended == "else"
            tag = f"elif {more}" if ended == "elif" else "else"
            label = f"{{% {tag} %}} (line {tokens.line(at)})"
        if not has_else:
            branches.append(
                (f"no branch of {{% if {arguments} %}} (line {tokens.line(offset)})", [])
            )
        return [_Node("if", offset=offset, branches=branches)]
    if tag == "for":
        body, ended, _, _ = _parse(tokens, {"else", "endfor"})
        if ended == "else":
            _parse(tokens, {"endfor"})
        return body
    if tag == "block":
        name = args[1][2] if len(args) > 1 else ""
        body, _, _, _ = _parse(tokens, {"endblock"})
        return [_Node("block", name=name, offset=offset, children=body)]
    if tag in ("include", "extends", "import", "from"):
        target = next((v[1:-1] for _, k, v in args[1:] if k == "string"), "")
        kind = tag if tag in ("include", "extends") else "import"
        return [_Node(kind, name=target, offset=offset)]
    if tag == "set" and not any(k == "operator" and v == "=" for _, k, v in args):
        _parse(tokens, {"endset"})
        return []
    if tag in _SILENT and tag != "set":
        _parse(tokens, {f"end{tag}"})
        return []
    if tag in _TRANSPARENT:
        body, _, _, _ = _parse(tokens, {f"end{tag}"} | ({"pluralize"} if tag == "trans" else set()))
        return body
    return []


@dataclass
class TemplateReader:
    """Turns a template file into the alternative texts it can produce.

    Bounded however the template is built: at most MAX_ALTERNATIVES branch
    combinations and MAX_EXPANDED_CHARS of text across them (six `if`s around 4.5 MB
    would otherwise make 64 copies of it), at most MAX_INCLUDES files pulled in
    (a fan-out of 20 includes over 4 levels is 160,000 of them), and included files
    together within the same size limit as the template itself."""

    path: Path | None
    max_bytes: int = 5 * 1024 * 1024
    notices: list[str] = field(default_factory=list)
    _loads: int = 0
    _included_bytes: int = 0
    _over_budget: bool = False

    def alternatives(self, source: str) -> list[Alternative]:
        unified, back = _unified_newlines(source)
        try:
            tree = self._tree(unified, self.path, depth=0, seen=frozenset())
            if back is not None:
                _map_origins(tree, back)
            combos = self._expand(tree)
        except RecursionError:
            raise TemplateError("line 1: template nested too deeply to parse") from None
        if len(combos) > MAX_ALTERNATIVES:
            self.notices.append(
                f"template has more than {MAX_ALTERNATIVES} branch combinations; "
                f"checked the first {MAX_ALTERNATIVES}"
            )
            combos = combos[:MAX_ALTERNATIVES]
        if self._over_budget:
            self.notices.append(
                f"the template's branch combinations add up to more than "
                f"{MAX_EXPANDED_CHARS} characters; checked the first {len(combos)}"
            )
        return combos

    def _tree(self, source: str, path: Path | None, depth: int, seen: frozenset) -> list[_Node]:
        parsed, _, _, _ = _parse(_Tokens(source, str(path or "<template>")), set())
        nodes_ = [self._resolve_includes(node, path, depth, seen) for node in parsed]
        extends = next((n for n in nodes_ if n.kind == "extends"), None)
        if extends is not None:
            parent = self._load(extends, path, depth, seen)
            if parent is not None:
                blocks = {n.name: n for n in _walk(nodes_) if n.kind == "block"}
                return _fill_blocks(_relocated(parent, extends.offset), blocks)
            return [n for n in nodes_ if n.kind == "block"]
        return nodes_

    def _resolve_includes(self, node: _Node, path, depth: int, seen: frozenset) -> _Node:
        if node.kind == "include":
            included = self._load(node, path, depth, seen)
            return _Node("block", children=_relocated(included or [], node.offset))
        if node.kind == "if":
            node.branches = [
                (label, [self._resolve_includes(n, path, depth, seen) for n in body])
                for label, body in node.branches
            ]
        if node.kind == "block":
            node.children = [self._resolve_includes(n, path, depth, seen) for n in node.children]
        return node

    def _load(self, node: _Node, path: Path | None, depth: int, seen: frozenset):
        target = _find_template(node.name, path)
        if target is None or depth >= MAX_INCLUDE_DEPTH or target in seen:
            why = "not found" if target is None else "nested too deeply or circular"
            self.notices.append(f"{node.kind} '{node.name}' {why}; checked without it")
            return None
        if self._loads >= MAX_INCLUDES:
            if self._loads == MAX_INCLUDES:
                self.notices.append(
                    f"template pulls in more than {MAX_INCLUDES} files; the rest are "
                    "checked without them"
                )
                self._loads += 1
            return None
        self._loads += 1
        try:
            data = read_regular(target, max(0, self.max_bytes - self._included_bytes))
            self._included_bytes += len(data)
            source = data.decode("utf-8-sig")
            return self._tree(source, target, depth + 1, seen | {target})
        except (UnreadableFile, UnicodeDecodeError, TemplateError) as exc:
            problem = "included files are over the size limit" if "limit" in str(exc) else exc
            self.notices.append(f"{node.kind} '{node.name}' could not be read: {problem}")
            return None

    def _within_budget(self, results: list[Alternative]) -> list[Alternative]:
        """The first alternatives whose texts add up to at most MAX_EXPANDED_CHARS (at
        least one): text only grows as expansion goes on, so cutting early is safe."""
        total, kept = 0, []
        for alternative in results:
            total += alternative.length
            if kept and total > MAX_EXPANDED_CHARS:
                self._over_budget = True
                break
            kept.append(alternative)
        return kept

    def _expand(self, tree: list[_Node]) -> list[Alternative]:
        results = [Alternative()]
        for node in tree:
            if node.kind == "text":
                piece = Alternative(Piece(node.text, node.origin), None, len(node.text))
                results = self._within_budget([alt.then(piece) for alt in results])
                continue
            if node.kind == "block":
                options = self._expand(node.children)
            elif node.kind == "if":
                options = []
                for label, body in node.branches:
                    for sub in self._expand(body):
                        options.append(
                            Alternative(sub.rope, _join(label, sub.label_rope), sub.length)
                        )
                        if len(options) > MAX_ALTERNATIVES:
                            break
            else:
                continue
            results = self._within_budget(
                [
                    a.then(b)
                    for a, b in itertools.islice(
                        itertools.product(results, options), MAX_ALTERNATIVES + 1
                    )
                ]
            )
        return results


_CARRIAGE_RETURN = re.compile(r"\r\n?")


def _unified_newlines(source: str) -> tuple[str, list[int] | None]:
    """The source with CRLF and CR as LF, which is what jinja2's lexer hands back, and
    for each of its characters (and its end) the offset in the source; None when there
    is no CR. Without it, a template saved with CRLF had every finding after its first
    line placed one column further right per line above it."""
    if "\r" not in source:
        return source, None
    back: list[int] = []
    position = 0
    for found in _CARRIAGE_RETURN.finditer(source):
        back.extend(range(position, found.start() + 1))  # the text, then the break as one LF
        position = found.end()
    back.extend(range(position, len(source) + 1))
    return _CARRIAGE_RETURN.sub("\n", source), back


def _map_origins(tree: list[_Node], back: list[int]) -> None:
    """Every origin of the tree read back into the source's offsets (each node once:
    blocks and includes can share nodes)."""
    seen: set[int] = set()
    last = len(back) - 1
    for node in _walk(tree):
        if id(node) in seen:
            continue
        seen.add(id(node))
        node.origin = [back[min(o, last)] for o in node.origin]
        node.offset = back[min(node.offset, last)]


def _walk(tree: list[_Node]):
    for node in tree:
        yield node
        yield from _walk(node.children)
        for _, body in node.branches:
            yield from _walk(body)


def _relocated(tree: list[_Node], offset: int) -> list[_Node]:
    """Nodes from another file, every character reported at the tag that pulled them in."""
    for node in _walk(tree):
        node.origin = [offset] * len(node.origin)
        node.offset = offset
    return tree


def _fill_blocks(tree: list[_Node], blocks: dict[str, _Node]) -> list[_Node]:
    filled = []
    for node in tree:
        if node.kind == "block" and node.name in blocks:
            filled.append(blocks[node.name])
            continue
        node.children = _fill_blocks(node.children, blocks)
        node.branches = [(label, _fill_blocks(body, blocks)) for label, body in node.branches]
        filled.append(node)
    return filled


def _find_template(name: str, path: Path | None) -> Path | None:
    """`name` next to the template or in one of its parent directories (at most 4 up)."""
    if not name or path is None or Path(name).is_absolute() or ".." in Path(name).parts:
        return None
    directory = real_path(path).parent
    for _ in range(5):
        candidate = directory / name
        if candidate.is_file():
            return real_path(candidate)
        if directory.parent == directory:
            break
        directory = directory.parent
    return None
