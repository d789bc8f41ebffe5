"""The one way templates are rendered and checked: Jinja's sandbox, autoescaping and strict
undefined names, for every template the program fills (Word letters today, the website later).

A template passed between offices is foreign input. The sandbox keeps it from Python's
internals (``meeting.title.__class__.__mro__`` …); the check below refuses such access, unknown
placeholders and templates without any placeholder before a template is taken, and says in
German what is wrong and where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from app.exports.files import ExportError


class TemplateProblem(ExportError):
    """A template is broken, unsafe or uses unknown placeholders; the message says where."""


def template_environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


NO_PLACEHOLDER = ("Die Vorlage enthält keinen einzigen Platzhalter (etwa {{ meeting.title }}); "
                  "so würde jedes Dokument gleich aussehen.")


def has_placeholder(source: str) -> bool:
    """Whether a (parsable) source fills in anything at all."""
    tree = template_environment().parse(source)
    return any(not _only_text(node) for node in tree.find_all((nodes.Output, nodes.For,
                                                               nodes.If)))


def source_problems(source: str, allowed: Iterable[str]) -> list[str]:
    """What is wrong with a template's Jinja source (German, one entry per problem): access
    to names with an underscore, unknown top-level names.

    Raises:
        TemplateProblem: the source cannot even be parsed.
    """
    environment = template_environment()
    try:
        tree = environment.parse(source)
    except TemplateSyntaxError as error:
        raise TemplateProblem(syntax_message(error)) from error
    problems: list[str] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        name = node.attr if isinstance(node, nodes.Getattr) else (
            _constant(node.arg) if isinstance(node, nodes.Getitem) else None)
        if isinstance(name, str) and name.startswith("_"):
            problems.append(f"Der Platzhalter greift auf „{name}“ zu; Namen mit Unterstrich "
                            "sind in Vorlagen nicht erlaubt.")
    declared = _assigned_names(tree)
    known = set(allowed) | declared
    for name in sorted({node.name for node in tree.find_all(nodes.Name)
                        if node.ctx == "load"} - known):
        problems.append(f"Unbekannter Platzhalter „{name}“. Erlaubt sind: "
                        f"{', '.join(sorted(allowed))}.")
    return problems


def _constant(node: nodes.Node) -> object:
    return node.value if isinstance(node, nodes.Const) else None


def _only_text(node: nodes.Node) -> bool:
    return isinstance(node, nodes.Output) and all(
        isinstance(child, nodes.TemplateData) for child in node.nodes)


def _assigned_names(tree: nodes.Template) -> set[str]:
    """Loop variables and ``set`` targets, which the template defines itself."""
    names: set[str] = set()
    for node in tree.find_all((nodes.For, nodes.Assign, nodes.Macro)):
        target = node.target if isinstance(node, nodes.For | nodes.Assign) else None
        if target is not None:
            names |= {name.name for name in target.find_all(nodes.Name)}
            if isinstance(target, nodes.Name):
                names.add(target.name)
        if isinstance(node, nodes.Macro):
            names |= {argument.name for argument in node.args}
    names.add("loop")
    return names


_SYNTAX_HINTS = (
    ("unexpected end of template", "Ein Block ist nicht geschlossen (etwa fehlt "
                                   "„{% endfor %}“ oder „{% endif %}“)."),
    ("encountered unknown tag", "Die Vorlage enthält einen unbekannten Befehl in "
                                "„{% … %}“."),
    ("unexpected '}'", "Ein Platzhalter ist falsch geschlossen (erwartet wird „}}“)."),
    ("expected token", "Ein Platzhalter ist unvollständig oder falsch geschrieben."),
    ("unexpected char", "Ein Platzhalter enthält ein Zeichen, das dort nicht stehen darf."),
)


def syntax_message(error: TemplateSyntaxError) -> str:
    """A Jinja syntax error in German (the caller says where it stands)."""
    text = (error.message or "").lower()
    hint = next((german for english, german in _SYNTAX_HINTS if english in text),
                "Ein Platzhalter ist falsch geschrieben.")
    return hint


def render_problem(error: TemplateError) -> str:
    """A failure while filling a template, in German."""
    if isinstance(error, SecurityError):
        return ("Die Vorlage versucht, auf Programm-Interna zuzugreifen; das ist nicht "
                "erlaubt.")
    if isinstance(error, UndefinedError):
        found = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined",
                          error.message or "")
        name = next((group for group in found.groups() if group), "") if found else ""
        return (f"Unbekannter Platzhalter „{name}“." if name
                else "Die Vorlage verwendet einen unbekannten Platzhalter.")
    if isinstance(error, TemplateSyntaxError):
        return syntax_message(error)
    return "Die Vorlage lässt sich nicht füllen."
