"""Exceptions of routes: one root, each also the builtin it refines."""

from __future__ import annotations


class RoutesError(Exception):
    """Root of every error raised by routes."""


class ArticleError(RoutesError, ValueError):
    """An article cannot be read: missing, empty, binary, mis-encoded or too large."""


class CaseFileError(RoutesError, ValueError):
    """A case file does not follow the case-file contract."""


class CaseEditError(RoutesError, ValueError):
    """A correction of a case names no place of the case, or an impossible change."""


class GazetteerError(RoutesError, RuntimeError):
    """The embedded gazetteer cannot be built or loaded."""


class ModelError(RoutesError, RuntimeError):
    """A language model is not installed."""
